"""The data files of a period export: JSON-lines files appended window by window and
committed at the end of each window.

A window's lines become part of the export only when `WindowFiles.commit` has fsynced them
and the caller has recorded the returned offsets (atomically, in the manifest). Anything
after the recorded offsets - lines of a window a crash, a kill or a full disk interrupted -
is cut off by `WindowFiles.resume`, so a resumed export neither repeats nor loses a line.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import orjson
from dixa_async._core._errors import JobError
from dixa_async.jobs._files import append_all, open_locked, write_error

__all__ = ["WindowFiles"]

# Written in big chunks: a window can hold hundreds of thousands of lines.
_BUFFER = 1 << 20
_WHAT = "export file"


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
        self._fds: dict[str, int] = {}
        self._buffers: dict[str, bytearray] = {}
        self._ends: dict[str, int] = {}
        self._committed: dict[str, int] = {}

    def open(self) -> None:
        """Lock and open every file (created if missing); nothing is changed in them yet.

        Raises:
            JobError: another export holds a file's lock, or a file cannot be opened.
        """
        try:
            for name in self.names:
                # The descriptor appends (O_APPEND): every write lands at the current end.
                fd = open_locked(self.directory / name, what=_WHAT)
                self._fds[name] = fd
                self._buffers[name] = bytearray()
                self._ends[name] = self._committed[name] = os.fstat(fd).st_size
        except BaseException:
            self._release()
            raise

    def count_lines(self, name: str, upto: int) -> int:
        """The newlines in the first `upto` bytes of file `name` (its records, when `upto`
        is a committed offset); counts only what the file holds."""
        fd, counted, position = self._fds[name], 0, 0
        while position < upto:
            chunk = os.pread(fd, min(_BUFFER, upto - position), position)
            if not chunk:
                break
            counted += chunk.count(b"\n")
            position += len(chunk)
        return counted

    def resume(self, committed: Mapping[str, int]) -> None:
        """Cut every file back to its `committed` offset (0 if absent): what lies beyond
        belongs to a window that never completed.

        Raises:
            JobError: a file is shorter than its committed offset (it was truncated,
                replaced or deleted after the commit: resuming would leave a gap).
        """
        self.check(committed)
        for name, fd in self._fds.items():
            offset = committed.get(name, 0)
            os.ftruncate(fd, offset)
            self._ends[name] = self._committed[name] = offset

    def check(self, committed: Mapping[str, int]) -> None:
        """Raise `JobError` (changing nothing) if a file is shorter than its `committed`
        offset: it was truncated, replaced or deleted after the commit."""
        for name, fd in self._fds.items():
            offset = committed.get(name, 0)
            size = os.fstat(fd).st_size
            if size < offset:
                raise JobError(
                    f"{self.directory / name} holds {size} bytes but {offset} were committed: "
                    "the file was changed after the export wrote it; start again in an empty "
                    "directory"
                )

    def write(self, name: str, record: Mapping[str, Any]) -> None:
        """Append one record as one line (not durable until `commit`).

        Raises:
            JobError: a write failed (the disk is full); everything since the last commit
                is dropped, as `rollback` would.
        """
        self.write_line(
            name, (json.dumps(record, separators=(",", ":"), default=str) + "\n").encode()
        )

    def _drain(self, name: str) -> None:
        buffer = self._buffers[name]
        if not buffer:
            return
        path = self.directory / name
        try:
            self._ends[name] = append_all(
                self._fds[name], bytes(buffer), self._ends[name], path=path, what=_WHAT
            )
        except JobError:
            self.rollback()
            raise
        buffer.clear()

    def write_line(self, name: str, line: bytes) -> None:
        """Append one line already serialised (newline-terminated); see `write`."""
        buffer = self._buffers[name]
        buffer += line
        if len(buffer) >= _BUFFER:
            self._drain(name)

    def committed_ids(self, name: str) -> list[str]:
        """The `id` of every committed line of file `name` (read back when a run resumes)."""
        fd, upto, position = self._fds[name], self._committed[name], 0
        data = bytearray()
        while position < upto:
            chunk = os.pread(fd, min(_BUFFER, upto - position), position)
            if not chunk:
                break
            data += chunk
            position += len(chunk)
        return [str(orjson.loads(line)["id"]) for line in data.splitlines() if line.strip()]

    def commit(self) -> dict[str, int]:
        """Make everything written so far durable; returns every file's committed offset.

        Raises:
            JobError: a write failed (the disk is full); the window is rolled back.
        """
        for name, fd in self._fds.items():
            self._drain(name)
            try:
                os.fsync(fd)
            except OSError as exc:
                self.rollback()
                raise write_error(self.directory / name, _WHAT, exc) from None
        self._committed = dict(self._ends)
        return dict(self._committed)

    def rollback(self) -> None:
        """Drop everything written since the last commit (a window that failed part-way)."""
        for name, fd in self._fds.items():
            self._buffers[name].clear()
            os.ftruncate(fd, self._committed[name])
            self._ends[name] = self._committed[name]

    @property
    def committed(self) -> dict[str, int]:
        return dict(self._committed)

    def close(self) -> None:
        """Roll back whatever is not committed, then close and unlock (synchronous, so it
        also runs while a run is being cancelled)."""
        if not self._fds:
            return
        try:
            self.rollback()
        finally:
            self._release()

    def _release(self) -> None:
        for fd in self._fds.values():
            os.close(fd)
        self._fds.clear()
