"""The live mirror's dirty set: the conversations a webhook said changed, kept until their
re-export has been merged into the database.

One small interface (`DirtySet`), two homes:

* `LocalDirtySet` - an append-only JSON-lines log beside the database, every mark fsynced
  before `mark` returns (so before the webhook is answered 2xx): a crash between the answer
  and the merge loses nothing. One mirror per log (an exclusive lock on `<log>.lock`).
* `RedisDirtySet` (`_dirty_redis`) - the same set in Redis, shared by several receivers
  behind a load balancer and the one merger.

Each mark carries a sequence number that grows with every mark of the set. The merger reads
the marks, re-exports and merges, then clears what it merged *by sequence*: a conversation
marked again while its merge was running keeps its newer mark and is merged again.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from dixa_async._core._errors import JobError
from dixa_async.jobs._document import FORMAT, document
from dixa_async.jobs._files import append_all, open_locked, write_error
from dixa_async.jobs._lines import JsonLines

__all__ = ["DIRTY_KIND", "DirtySet", "LocalDirtySet", "Mark"]

DIRTY_KIND = "dixa-async mirror dirty set"
_WHAT = "mirror dirty log"
# Rewrite the log once it holds this many records more than the live marks need.
_COMPACT_AFTER = 2000


@dataclass(frozen=True)
class Mark:
    """One dirty conversation.

    `seq`: the sequence number of its latest mark (a clear removes it only up to this).
    `first_ms`: when it was first marked since its last merge (epoch ms; the lag is measured
    from it). `event_ms`: the latest Dixa event timestamp that marked it (0: unknown).
    """

    csid: int
    seq: int
    first_ms: int
    event_ms: int = 0


class DirtySet(Protocol):
    """Where dirty conversations wait for the merger (see the module docstring)."""

    @property
    def description(self) -> str:
        """Where the set is kept, safe to print."""
        ...

    async def open(self) -> None:
        """Take the set (lock, connect, read what a previous run left)."""
        ...

    async def mark(self, csids: Iterable[int], *, event_ms: int = 0) -> None:
        """Mark `csids` dirty; durable when this returns."""
        ...

    async def pending(self, limit: int | None = None) -> list[Mark]:
        """The dirty conversations, the longest waiting first (at most `limit`)."""
        ...

    async def clear(self, marks: Iterable[Mark]) -> int:
        """Remove each mark's conversation unless it was marked again after `mark.seq`;
        returns how many were removed."""
        ...

    async def count(self) -> int:
        """How many conversations are dirty."""
        ...

    async def aclose(self) -> None:
        """Release the set (the marks stay for the next run)."""
        ...


def now_ms() -> int:
    return int(time.time() * 1000)


def _int_field(record: Mapping[str, Any], name: str) -> int | None:
    value = record.get(name)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return None
    return value


class LocalDirtySet:
    """The dirty set as an append-only JSON-lines log at `path`, fsynced on every mark.

    Line 1 is the state layer's envelope (`format`, `kind`, `target`); then
    `{"mark": csid, "seq": n, "at": ms, "event": ms}` and `{"clear": csid, "seq": n}`
    records. A torn last line (a crash mid-write) is dropped; any other damage is a
    `JobError` naming the file and line, and nothing is changed. The log is rewritten
    (to a temporary file, fsynced, renamed) when cleared records dominate it.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._lock_fd: int | None = None
        self._fd: int | None = None
        self._end = 0
        self._records = 0
        self._seq = 0
        self._marks: dict[int, Mark] = {}

    @property
    def description(self) -> str:
        return f"the log {self.path}"

    async def open(self) -> None:
        if self._fd is not None:
            return
        self._lock_fd = open_locked(self.path.with_name(self.path.name + ".lock"), what=_WHAT)
        try:
            self._read()
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
            if self._end == 0:
                self._write_header(self._fd)
            elif os.fstat(self._fd).st_size != self._end:
                os.ftruncate(self._fd, self._end)  # a torn last record
                os.fsync(self._fd)
        except BaseException:
            self._release()
            raise

    def _read(self) -> None:
        try:
            fh = self.path.open("rb")
        except FileNotFoundError:
            return
        except OSError as exc:
            raise JobError(f"cannot read the {_WHAT} {self.path}: {exc.strerror or exc}") from None
        with fh:
            lines = JsonLines(fh, path=self.path, what=_WHAT)
            for number, record in lines:
                if self._records == 0:
                    self._check_header(lines, number, record)
                    self._records = 1
                    continue
                self._apply(lines, number, record)
            self._end = lines.good_end
            if lines.needs_newline:
                # A complete last record that lost its newline: keep it, end it properly.
                with self.path.open("ab") as append:
                    append.write(b"\n")
                    append.flush()
                    os.fsync(append.fileno())
                self._end += 1
        if self._end and self._records == 0:
            raise JobError(f"the {_WHAT} {self.path} is damaged: it has no header line")

    def _check_header(self, lines: JsonLines, number: int, record: dict[str, Any]) -> None:
        if record.get("kind") != DIRTY_KIND:
            raise JobError(f"{self.path} is not a {_WHAT} (its kind is {record.get('kind')!r})")
        if record.get("format") != FORMAT:
            raise lines.damage(number, f"format {record.get('format')!r} is not {FORMAT}")

    def _apply(self, lines: JsonLines, number: int, record: dict[str, Any]) -> None:
        seq = _int_field(record, "seq")
        if seq is None:
            raise lines.damage(number, "field 'seq' is not a non-negative integer")
        self._seq = max(self._seq, seq)
        self._records += 1
        if "mark" in record:
            csid, at = _int_field(record, "mark"), _int_field(record, "at")
            event = _int_field(record, "event")
            if csid is None or at is None or event is None:
                raise lines.damage(number, "a mark needs integer 'mark', 'at' and 'event'")
            known = self._marks.get(csid)
            first = known.first_ms if known is not None else at
            latest = max(event, known.event_ms) if known is not None else event
            self._marks[csid] = Mark(csid, seq, first, latest)
        elif "clear" in record:
            csid = _int_field(record, "clear")
            if csid is None:
                raise lines.damage(number, "field 'clear' is not a conversation id")
            known = self._marks.get(csid)
            if known is not None and known.seq <= seq:
                del self._marks[csid]
        else:
            raise lines.damage(number, "neither a 'mark' nor a 'clear' record")

    def _write_header(self, fd: int) -> None:
        header = _line(document(DIRTY_KIND, None, {}))
        self._end = append_all(fd, header, 0, path=self.path, what=_WHAT)
        self._sync(fd)
        self._records = 1

    def _sync(self, fd: int) -> None:
        try:
            os.fsync(fd)
        except OSError as exc:
            raise write_error(self.path, _WHAT, exc) from None

    def _append(self, records: list[dict[str, Any]]) -> None:
        if self._fd is None:
            raise RuntimeError("the dirty set is not open: call open() first")
        data = b"".join(_line(record) for record in records)
        self._end = append_all(self._fd, data, self._end, path=self.path, what=_WHAT)
        self._sync(self._fd)
        self._records += len(records)

    async def mark(self, csids: Iterable[int], *, event_ms: int = 0) -> None:
        at = now_ms()
        records: list[dict[str, Any]] = []
        marks: dict[int, Mark] = {}
        seq = self._seq
        for csid in dict.fromkeys(csids):
            seq += 1
            known = self._marks.get(csid)
            first = known.first_ms if known is not None else at
            latest = max(event_ms, known.event_ms) if known is not None else event_ms
            marks[csid] = Mark(csid, seq, first, latest)
            records.append({"mark": csid, "seq": seq, "at": at, "event": event_ms})
        if not records:
            return
        # Written and fsynced before the marks count: a failed write marks nothing.
        self._append(records)
        self._seq = seq
        self._marks.update(marks)

    async def pending(self, limit: int | None = None) -> list[Mark]:
        marks = sorted(self._marks.values(), key=lambda m: (m.first_ms, m.seq))
        return marks if limit is None else marks[:limit]

    async def clear(self, marks: Iterable[Mark]) -> int:
        records = []
        for mark in marks:
            known = self._marks.get(mark.csid)
            if known is not None and known.seq <= mark.seq:
                records.append({"clear": mark.csid, "seq": mark.seq})
        if not records:
            return 0
        self._append(records)
        for record in records:
            del self._marks[record["clear"]]
        if self._records - len(self._marks) > _COMPACT_AFTER:
            self._compact()
        return len(records)

    def _compact(self) -> None:
        """Replace the log with its live marks (atomically: a crash leaves one or the other)."""
        tmp = self.path.with_name(f".{self.path.name}.tmp")
        lines = [_line(document(DIRTY_KIND, None, {}))]
        lines += [
            _line({"mark": m.csid, "seq": m.seq, "at": m.first_ms, "event": m.event_ms})
            for m in self._marks.values()
        ]
        try:
            with tmp.open("wb") as fh:
                fh.write(b"".join(lines))
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
            folder = os.open(self.path.parent, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)
        except OSError:
            # The old log is still whole; compaction is only an optimisation.
            with contextlib.suppress(OSError):
                tmp.unlink()
            return
        if self._fd is not None:
            os.close(self._fd)
        self._fd = os.open(self.path, os.O_RDWR | os.O_APPEND)
        self._end = sum(len(line) for line in lines)
        self._records = len(lines)

    async def count(self) -> int:
        return len(self._marks)

    async def aclose(self) -> None:
        self._release()

    def _release(self) -> None:
        for fd in (self._fd, self._lock_fd):
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._fd = self._lock_fd = None


def _line(record: Mapping[str, Any]) -> bytes:
    return (json.dumps(record, separators=(",", ":")) + "\n").encode()
