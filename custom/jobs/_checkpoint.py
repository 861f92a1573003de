"""The checkpoint file of a bulk job: append-only JSON lines, one record per event.

    {"checkpoint": 1, "job": "tag-vip"}                       header, first line
    {"key": "1042", "event": "started"}                       a non-idempotent write is about to be sent
    {"key": "1042", "event": "ok"}
    {"key": "1043", "event": "failed", "maybe_applied": true, "error": "ServerError: ..."}

A `started` record is on disk (fsynced) before its request can leave, so a crash can never
hide a write that may have reached Dixa. Terminal records are fsynced in batches: losing the
last few of them on a crash only turns "ok" into "in doubt", which resumption handles.
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

from .._errors import JobError

__all__ = ["Checkpoint", "KeyState"]

_FORMAT = 1


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
    """An open checkpoint file. Not safe to share between two running jobs.

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
        self._job = job
        self._fsync_every = fsync_every
        self._fsync_interval = fsync_interval
        self._prior: dict[str, _Prior] = {}
        self._fh: IO[str] | None = None
        self._written = 0
        self._synced = 0
        self._last_sync = time.monotonic()
        self._sync_lock = asyncio.Lock()

    # -- reading -------------------------------------------------------------------------

    def load(self, *, write: bool = True) -> None:
        """Read an existing file (if any) and, if `write`, open it for appending.

        Raises `JobError` if the file belongs to another job or is corrupt before its last
        line (a torn last line is what a crash mid-write leaves, and is ignored).
        """
        if self.path.exists():
            self._read()
        if not write:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fresh = not self.path.exists() or self.path.stat().st_size == 0
        torn = not fresh and self._torn_tail()
        self._fh = self.path.open("a", encoding="utf-8")
        if fresh:
            self._append({"checkpoint": _FORMAT, "job": self._job})
        elif torn:
            # Start a fresh line so the next record is not glued onto the torn one.
            self._fh.write("\n")

    def _read(self) -> None:
        lines = self.path.read_text(encoding="utf-8").split("\n")
        records: list[dict[str, Any]] = []
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                if number == len(lines):
                    continue
                raise JobError(f"checkpoint {self.path} is corrupt at line {number}") from None
            if not isinstance(record, dict):
                raise JobError(f"checkpoint {self.path} is corrupt at line {number}")
            records.append(record)
        if not records:
            return
        header = records[0]
        if header.get("checkpoint") != _FORMAT:
            raise JobError(f"{self.path} is not a dixa-async checkpoint file")
        if self._job is not None and header.get("job") not in (None, self._job):
            raise JobError(
                f"checkpoint {self.path} belongs to job {header.get('job')!r}, not {self._job!r}"
            )
        for record in records[1:]:
            self._apply(record)

    def _torn_tail(self) -> bool:
        with self.path.open("rb") as fh:
            fh.seek(-1, os.SEEK_END)
            return fh.read(1) != b"\n"

    def _apply(self, record: dict[str, Any]) -> None:
        key, event = str(record.get("key")), record.get("event")
        if event == "started":
            self._prior[key] = _Prior(KeyState.IN_DOUBT, "interrupted while in flight")
        elif event == "ok":
            self._prior[key] = _Prior(KeyState.DONE, None)
        elif event == "failed":
            state = KeyState.IN_DOUBT if record.get("maybe_applied") else KeyState.RETRY
            self._prior[key] = _Prior(state, record.get("error"))

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
        """Flush, fsync and close (synchronously: it also runs while a job is being cancelled)."""
        if self._fh is None:
            return
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._fh.close()
        self._fh = None
