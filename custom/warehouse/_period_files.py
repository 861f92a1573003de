"""The files of a period export: JSON-lines files appended window by window and committed
at the end of each window, and atomic JSON writes for the manifest that records the commits.

A window's lines become part of the export only when `WindowFiles.commit` has fsynced them
and the caller has recorded the returned offsets (atomically, in the manifest). Anything
after the recorded offsets - lines of a window a crash or a kill interrupted - is cut off by
`WindowFiles.open`, so a resumed export neither repeats nor loses a line.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from dixa_async._core._errors import JobError
from dixa_async.jobs._files import open_locked

__all__ = ["WindowFiles", "atomic_write_json", "read_json"]

# Big buffers: a window can hold hundreds of thousands of lines.
_BUFFER = 1 << 20


def atomic_write_json(path: Path, data: Mapping[str, Any]) -> None:
    """Replace `path` with `data` as JSON, atomically and durably.

    Readers (and a crash) see either the old file or the new one, never a torn one: the
    JSON goes to a temporary file beside it, is fsynced, renamed over `path`, and the
    directory entry is fsynced too.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps(data, indent=2, default=str) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_directory(path.parent)


def read_json(path: Path, what: str) -> dict[str, Any] | None:
    """The JSON object in `path`, or None if there is no such file.

    Raises:
        JobError: the file exists but is not a JSON object (`what` names it in the message).
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise JobError(f"cannot read the {what} {path}: {exc.strerror or exc}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        raise JobError(f"the {what} {path} is not valid JSON") from None
    if not isinstance(data, dict):
        raise JobError(f"the {what} {path} is not a JSON object")
    return data


def _fsync_directory(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class WindowFiles:
    """JSON-lines files in one directory, appended to and committed together.

    ```python
    files = WindowFiles(directory, ["conversations.jsonl", "messages.jsonl"])
    files.open()                   # locks them
    files.resume(committed)        # offsets recorded by the last commit ({} for a new export)
    files.write("messages.jsonl", {...})
    offsets = files.commit()       # durable; record `offsets` before starting the next window
    files.rollback()               # or: drop what was written since the last commit
    files.close()                  # rolls back what is not committed, releases the locks
    ```

    Each file is locked exclusively while open (`open_locked`, the lock job checkpoints
    use), so a second export into the same directory is refused before it sends anything.
    """

    def __init__(self, directory: Path, names: Sequence[str]) -> None:
        self.directory = directory
        self.names = tuple(names)
        self._handles: dict[str, IO[bytes]] = {}
        self._committed: dict[str, int] = {}

    def open(self) -> None:
        """Lock and open every file (created if missing); nothing is changed in them yet.

        Raises:
            JobError: another export holds a file's lock, or a file cannot be opened.
        """
        try:
            for name in self.names:
                fd = open_locked(self.directory / name, what="export file")
                # The descriptor appends (O_APPEND): every write lands at the current end.
                self._handles[name] = open(fd, "ab", buffering=_BUFFER)  # noqa: SIM115
                self._committed[name] = os.fstat(fd).st_size
        except BaseException:
            self._release()
            raise

    def resume(self, committed: Mapping[str, int]) -> None:
        """Cut every file back to its `committed` offset (0 if absent): what lies beyond
        belongs to a window that never completed.

        Raises:
            JobError: a file is shorter than its committed offset (it was truncated,
                replaced or deleted after the commit: resuming would leave a gap).
        """
        for name, fh in self._handles.items():
            offset = int(committed.get(name, 0))
            size = os.fstat(fh.fileno()).st_size
            if size < offset:
                raise JobError(
                    f"{self.directory / name} holds {size} bytes but {offset} were committed: "
                    "the file was changed after the export wrote it; start again in an empty "
                    "directory"
                )
            os.ftruncate(fh.fileno(), offset)
            self._committed[name] = offset

    def write(self, name: str, record: Mapping[str, Any]) -> None:
        """Append one record as one line (not durable until `commit`)."""
        line = json.dumps(record, separators=(",", ":"), default=str) + "\n"
        self._handles[name].write(line.encode())

    def commit(self) -> dict[str, int]:
        """Make everything written so far durable; returns every file's committed offset."""
        for name, fh in self._handles.items():
            fh.flush()
            os.fsync(fh.fileno())
            self._committed[name] = os.fstat(fh.fileno()).st_size
        return dict(self._committed)

    def rollback(self) -> None:
        """Drop everything written since the last commit (a window that failed part-way)."""
        for name, fh in self._handles.items():
            fh.flush()
            os.ftruncate(fh.fileno(), self._committed[name])

    @property
    def committed(self) -> dict[str, int]:
        return dict(self._committed)

    def close(self) -> None:
        """Roll back whatever is not committed, then close and unlock (synchronous, so it
        also runs while a run is being cancelled)."""
        if not self._handles:
            return
        try:
            self.rollback()
        finally:
            self._release()

    def _release(self) -> None:
        for fh in self._handles.values():
            fh.close()
        self._handles.clear()
