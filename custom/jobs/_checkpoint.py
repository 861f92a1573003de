"""The checkpoint file of a bulk job: append-only JSON lines, one record per event.

    {"checkpoint": 1, "job": "tag-vip"}                       header, first line
    {"key": "1042", "event": "started"}                       a non-idempotent write is about to be sent
    {"key": "1042", "event": "ok"}
    {"key": "1043", "event": "failed", "maybe_applied": true, "error": "ServerError: ..."}

A `started` record is on disk (fsynced) before its request can leave, so a crash can never
hide a write that may have reached Dixa. Terminal records are fsynced in batches: losing the
last few of them on a crash only turns "ok" into "in doubt", which resumption handles.

One writer per file: a checkpoint opened for writing holds an exclusive lock on the file
until it is closed (see `_files`), so a second job on the same file is refused with a
`JobError` before it sends anything; a job killed outright leaves no lock behind.

Reading is strict (see `_lines` for the exact rule): damage anywhere - invalid UTF-8, a line
that is not a JSON object, a record without a string `key` or with an unknown `event`,
garbage appended at the end - is a `JobError` naming the line, raised before anything is
sent. Only a record torn by a crash mid-write at the very end is dropped, and cut from the
file before new records are appended.
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from dixa_async._core._errors import JobError

from ._files import check_writable, describe_open_error, open_locked
from ._lines import JsonLines

__all__ = ["Checkpoint", "KeyState"]

_FORMAT = 1
_WHAT = "checkpoint"
_EVENTS = frozenset({"started", "ok", "failed"})


class KeyState(StrEnum):
    """What an earlier run left behind for one item key."""

    DONE = "done"
    """The operation completed (or was verified to have taken effect)."""
    RETRY = "retry"
    """It failed without taking effect: safe to run again."""
    IN_DOUBT = "in_doubt"
    """A write may or may not have been applied (crash in flight, dropped connection, 5xx)."""


@dataclass(frozen=True)
class _Prior:
    state: KeyState
    error: str | None


class Checkpoint:
    """A checkpoint file. Opened for writing (`load()`, or `with Checkpoint(...)`), it is
    locked against every other writer until `close()`.

    `fsync_every` / `fsync_interval` bound how many terminal records a crash can lose.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        job: str | None = None,
        fsync_every: int = 64,
        fsync_interval: float = 1.0,
    ) -> None:
        self.path = Path(path)
        self.job = job
        self._fsync_every = fsync_every
        self._fsync_interval = fsync_interval
        self._prior: dict[str, _Prior] = {}
        self._fh: IO[str] | None = None
        self._written = 0
        self._synced = 0
        self._last_sync = time.monotonic()
        self._sync_lock = asyncio.Lock()

    @property
    def is_open(self) -> bool:
        """Open for writing (and holding the lock)."""
        return self._fh is not None

    def __enter__(self) -> Checkpoint:
        if not self.is_open:
            self.load()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- reading -------------------------------------------------------------------------

    def load(self, *, write: bool = True) -> None:
        """Read the file (if any) and, if `write`, lock it and open it for appending.

        Without `write` (a dry run) the file is only read: no lock, nothing created, but a
        path the real run could not write is reported all the same.

        Raises:
            JobError: another job has the file open for writing; the file belongs to another
                job, is not a checkpoint, or is damaged (with the line number); or it cannot
                be opened (missing or read-only folder, a folder in its place).
        """
        if self.is_open:
            raise JobError(f"checkpoint {self.path} is already open")
        if not write:
            # A dry run also reports a path the real run could not write.
            check_writable(self.path, what=_WHAT)
            try:
                with self.path.open("rb") as fh:
                    self._read(fh)
            except FileNotFoundError:
                return
            except OSError as exc:
                raise JobError(describe_open_error(self.path, _WHAT, exc)) from None
            return
        # Locked before reading, so that no other job can append between reading and writing.
        fd = open_locked(self.path, what=_WHAT)
        try:
            with os.fdopen(os.dup(fd), "rb") as fh:
                lines, has_header = self._read(fh)
            # A fresh file (or one holding only a torn header) starts over with a header;
            # otherwise the torn write, if any, is cut off before appending.
            keep = lines.good_end if has_header else 0
            if keep != os.fstat(fd).st_size:
                os.ftruncate(fd, keep)
            self._fh = open(fd, "a", encoding="utf-8")  # noqa: SIM115 - kept open until close()
        except BaseException:
            os.close(fd)
            raise
        if not has_header:
            self._append({"checkpoint": _FORMAT, "job": self.job})
        elif lines.needs_newline:
            self._fh.write("\n")

    def _read(self, fh: IO[bytes]) -> tuple[JsonLines, bool]:
        """Apply every record of `fh`; returns the reader and whether a header was seen."""
        lines = JsonLines(fh, path=self.path, what=_WHAT)
        has_header = False
        for number, record in lines:
            if not has_header:
                self._check_header(number, record)
                has_header = True
                continue
            self._apply(number, record, lines)
        return lines, has_header

    def _check_header(self, number: int, header: dict[str, Any]) -> None:
        if "checkpoint" not in header:
            raise JobError(
                f"{self.path} is not a dixa-async checkpoint file "
                f"(line {number} should be its header)"
            )
        if header["checkpoint"] != _FORMAT:
            raise JobError(
                f"checkpoint {self.path} has format {header['checkpoint']!r}; "
                f"this version reads format {_FORMAT}"
            )
        if self.job is not None and header.get("job") not in (None, self.job):
            raise JobError(
                f"checkpoint {self.path} belongs to job {header.get('job')!r}, not {self.job!r}"
            )

    def _apply(self, number: int, record: dict[str, Any], lines: JsonLines) -> None:
        key, event = record.get("key"), record.get("event")
        if not isinstance(key, str) or not key:
            raise lines.damage(number, "a record without a key")
        if event not in _EVENTS:
            raise lines.damage(number, f"unknown event {event!r}")
        if event == "started":
            self._prior[key] = _Prior(KeyState.IN_DOUBT, "interrupted while in flight")
        elif event == "ok":
            self._prior[key] = _Prior(KeyState.DONE, None)
        else:
            maybe_applied, error = record.get("maybe_applied", False), record.get("error")
            if not isinstance(maybe_applied, bool) or not isinstance(error, str | None):
                raise lines.damage(number, "a failed record without maybe_applied/error")
            state = KeyState.IN_DOUBT if maybe_applied else KeyState.RETRY
            self._prior[key] = _Prior(state, error)

    def prior(self, key: str) -> tuple[KeyState, str | None] | None:
        """What an earlier run recorded for `key` (state, error text), or None if nothing."""
        found = self._prior.get(key)
        return None if found is None else (found.state, found.error)

    # -- writing -------------------------------------------------------------------------

    def _append(self, record: dict[str, Any]) -> None:
        if self._fh is None:
            raise JobError("checkpoint is not open")
        self._fh.write(json.dumps(record, separators=(",", ":")) + "\n")
        self._written += 1

    async def started(self, key: str) -> None:
        """Record that a write for `key` is about to be sent; returns once that is on disk."""
        self._append({"key": key, "event": "started"})
        await self.sync()

    def finished(self, key: str, *, ok: bool, maybe_applied: bool, error: str | None) -> None:
        """Append an outcome (buffered; see `sync_if_due`)."""
        record: dict[str, Any] = {"key": key, "event": "ok" if ok else "failed"}
        if not ok:
            record["maybe_applied"] = maybe_applied
            record["error"] = error
        self._append(record)

    async def sync_if_due(self) -> None:
        """fsync when `fsync_every` records are pending or the last fsync is old enough."""
        due = time.monotonic() - self._last_sync >= self._fsync_interval
        if self._written - self._synced >= self._fsync_every or due:
            await self.sync()

    async def sync(self) -> None:
        """Flush and fsync everything written so far. Concurrent callers share one fsync."""
        target = self._written
        async with self._sync_lock:
            if self._synced >= target or self._fh is None:
                return
            upto = self._written
            self._fh.flush()
            await asyncio.to_thread(os.fsync, self._fh.fileno())
            self._synced = upto
            self._last_sync = time.monotonic()

    def close(self) -> None:
        """Flush, fsync and close, releasing the lock (synchronously: it also runs while a
        job is being cancelled)."""
        if self._fh is None:
            return
        try:
            self._fh.flush()
            os.fsync(self._fh.fileno())
        finally:
            self._fh.close()
            self._fh = None
