"""The checkpoint file of a bulk job: append-only JSON lines, one record per event.

    {"format": 3, "kind": "dixa-async checkpoint", "job": "tag-vip", "keys": "content",
     "target": {"base_url": "https://dev.dixa.io", "tokens": ["sha256:..."]}}   header
    {"key": "1042", "event": "started", "at": 1764740000.125}   a write is about to leave
    {"key": "1042", "event": "ok"}
    {"key": "1043", "event": "failed", "in_doubt": true, "error": "ServerError: ..."}

The header records the job, where it runs (`_target`) and what its item keys are made of
(`keys`: say `"content"` or `"field:email"`; null when the job does not say): a checkpoint
used with another job, against another Dixa, or with keys made another way is refused
before anything is sent (see `bind_keys`). Format 1 files (header `{"checkpoint": 1, "job":
...}`, `maybe_applied` for `in_doubt`) and format 2 files (no `keys`) are read as they are;
the first run that writes to one appends a format 3 header line recording what it lacks.

A `started` record (with `at`, this machine's clock in seconds since the epoch, so that a
look-up can tell a write of this run from an older one) is on disk (fsynced) before its
request can leave, so a crash can never hide a write that may have reached Dixa. Terminal records are fsynced in batches: losing the
last few of them on a crash only turns "ok" into "in doubt", which resumption handles. A
write that fails (the disk is full) cuts the file back to its last complete record, as a
kill would have left it, and ends the job with a `JobError`.

One writer per file: a checkpoint opened for writing holds an exclusive lock on the file
until it is closed (see `_files`), so a second job on the same file is refused with a
`JobError` before it sends anything; a job killed outright leaves no lock behind.

Reading is strict (see `_lines` for the exact rule, `_schema` for the fields): damage
anywhere - invalid UTF-8, a line that is not a JSON object, a record without a string `key`
or with an unknown `event`, a field of the wrong type, garbage appended at the end - is a
`JobError` naming the line, raised before anything is sent. Only a record torn by a crash
mid-write at the very end is dropped, and cut from the file before new records are appended.
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

from ._files import append_all, check_writable, describe_open_error, open_locked, write_error
from ._lines import JsonLines
from ._schema import BOOL, SECONDS, STR, Invalid, Nullable, Obj, Spec, Str
from ._target import TARGET_SPEC, Target

__all__ = ["KIND", "Checkpoint", "KeyState"]

KIND = "dixa-async checkpoint"
_WHAT = "checkpoint"
FORMAT = 3
"""The checkpoint format this version writes (it reads 1, 2 and 3). Format 3 added `keys`
to the header and `at` to `started` records; an older version refuses it rather than match
its keys the old way."""
_READS = (1, 2, FORMAT)
_HEADER: Spec = Obj(
    {"job": Nullable(STR), "target": Nullable(TARGET_SPEC), "keys": Nullable(STR)},
    optional={"target": None, "keys": None},
)
_STARTED: Spec = Obj({"at": Nullable(SECONDS)}, optional={"at": None})
_RECORD: Spec = Obj(
    {
        "key": Str(nonempty=True),
        "event": Str(pattern="started|ok|failed", meaning="started, ok or failed"),
    }
)
_FAILED: Spec = Obj({"in_doubt": BOOL, "error": Nullable(STR)}, optional={"error": None})
# Format 1 wrote `maybe_applied` where format 2 writes `in_doubt`.
_FAILED_V1: Spec = Obj({"maybe_applied": BOOL, "error": Nullable(STR)}, optional={"error": None})


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
    started_at: float | None


class Checkpoint:
    """A checkpoint file. Opened for writing (`load()`, or `with Checkpoint(...)`), it is
    locked against every other writer until `close()`.

    `job`, `target` (where the job runs, see `target_of`) and `keys` (what the item keys
    are made of, see `bind_keys`) are recorded in a new file and checked against an
    existing one. `fsync_every` / `fsync_interval` bound how many terminal records a crash
    can lose.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        job: str | None = None,
        target: Target | None = None,
        keys: str | None = None,
        fsync_every: int = 64,
        fsync_interval: float = 1.0,
    ) -> None:
        self.path = Path(path)
        self.job = job
        self.target = target
        self.keys = keys
        self.recorded_keys: str | None = None
        """What the file says its keys are made of (None: it does not say)."""
        self.recorded_target: Target | None = None
        """The target the file records (None for a format 1 file not yet written to)."""
        self._fsync_every = fsync_every
        self._fsync_interval = fsync_interval
        self._prior: dict[str, _Prior] = {}
        self._fd: int | None = None
        self._pending: list[bytes] = []
        self._good = 0
        self._written = 0
        self._synced = 0
        self._last_sync = time.monotonic()
        self._sync_lock = asyncio.Lock()
        self._format = FORMAT
        self._header_job: str | None = None
        self._broken = False

    @property
    def is_open(self) -> bool:
        """Open for writing (and holding the lock)."""
        return self._fd is not None

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
                job or another Dixa (`target`), is not a checkpoint, or is damaged (with the
                line number and field); or it cannot be opened (missing or read-only
                folder, a folder in its place).
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
                pass
            except OSError as exc:
                raise JobError(describe_open_error(self.path, _WHAT, exc)) from None
            if self.target is not None:
                self.target.check(self.recorded_target, self.path, _WHAT)
            self._check_keys()
            return
        # Locked before reading, so that no other job can append between reading and writing.
        fd = open_locked(self.path, what=_WHAT)
        try:
            with os.fdopen(os.dup(fd), "rb") as fh:
                lines, has_header = self._read(fh)
            if self.target is not None:
                self.target.check(self.recorded_target, self.path, _WHAT)
            self._check_keys()
            # A fresh file (or one holding only a torn header) starts over with a header;
            # otherwise the torn write, if any, is cut off before appending.
            keep = lines.good_end if has_header else 0
            if keep != os.fstat(fd).st_size:
                os.ftruncate(fd, keep)
            self._good = keep
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        if lines.needs_newline and has_header:
            self._pending.append(b"\n")
        if not has_header or self._lacks_header_fields():
            self._write_header()
        self._flush()

    def _lacks_header_fields(self) -> bool:
        return (self.recorded_target is None and self.target is not None) or (
            self.recorded_keys is None and self.keys is not None
        )

    def bind(self, target: Target | None) -> None:
        """Check that this checkpoint belongs to `target` (see `_target`); a file that
        records none yet (format 1, or made without one) records it now.

        Raises:
            JobError: the file records another target (both named); nothing was sent.
        """
        if target is None:
            return
        target.check(self.recorded_target, self.path, _WHAT)
        if self.target is None:
            self.target = target
        if self.recorded_target is None and self.is_open:
            self._write_header()
            self._flush()

    def bind_keys(self, keys: str) -> None:
        """Check that this checkpoint's item keys are made as `keys` says (`"content"`,
        `"field:email"`, ...); a file that does not say yet records it now.

        Raises:
            JobError: the file records keys made another way (both named), or it holds
                records but does not say how their keys were made while `keys` is
                `"content"` - written by a version that keyed bulk records by their line
                number, whose keys cannot be matched to records by content. Nothing was sent.
        """
        self.keys = keys
        self._check_keys()
        if self.recorded_keys is None and self.is_open:
            self._write_header()
            self._flush()

    def _check_keys(self) -> None:
        keys, recorded = self.keys, self.recorded_keys
        if keys is None:
            return
        if recorded is not None and recorded != keys:
            raise JobError(
                f"checkpoint {self.path} records item keys made by {recorded!r}; this job "
                f"makes them by {keys!r}: its records would not match (run the job with the "
                "same --key as before, or start a new checkpoint); nothing was sent"
            )
        if recorded is None and keys == "content" and self._prior:
            raise JobError(
                f"checkpoint {self.path} does not say how its item keys were made: it was "
                "written by an earlier version, which keyed records by their line number "
                "unless --key was given. This version keys them by their content, so its "
                "records cannot be matched (a line number no longer names the same record "
                "once lines move). Finish the job with the version that began it, run with "
                "the same --key FIELD it used, or start a new checkpoint; nothing was sent"
            )

    def _write_header(self) -> None:
        header = {"format": FORMAT, "kind": KIND, "job": self.job, "keys": None, "target": None}
        if self.target is not None:
            header["target"] = self.target.to_json()
            self.recorded_target = self.target
        if self.keys is not None:
            header["keys"] = self.keys
            self.recorded_keys = self.keys
        self._append(header)
        self._format = FORMAT

    def _read(self, fh: IO[bytes]) -> tuple[JsonLines, bool]:
        """Apply every record of `fh`; returns the reader and whether a header was seen."""
        lines = JsonLines(fh, path=self.path, what=_WHAT)
        has_header = False
        for number, record in lines:
            if not has_header:
                self._header(number, record, lines, first=True)
                has_header = True
            elif record.get("kind") == KIND:
                self._header(number, record, lines, first=False)
            else:
                self._apply(number, record, lines)
        return lines, has_header

    def _header(
        self, number: int, header: dict[str, Any], lines: JsonLines, *, first: bool
    ) -> None:
        version = header.get("format") if "checkpoint" not in header else header["checkpoint"]
        if first and "checkpoint" not in header and header.get("kind") != KIND:
            raise JobError(
                f"{self.path} is not a dixa-async checkpoint file "
                f"(line {number} should be its header)"
            )
        if version not in _READS or (version != 1 and header.get("kind") != KIND):
            raise JobError(
                f"checkpoint {self.path} has format {version!r}; "
                f"this version reads formats {', '.join(map(str, _READS))}"
            )
        try:
            checked = _HEADER.check(header, "")
        except Invalid as exc:
            raise lines.damage(number, f"field {exc.field} {exc.problem}") from None
        job = checked["job"]
        if not first and job != self._header_job:
            raise lines.damage(number, f"a header for job {job!r} inside job {self._header_job!r}")
        self._header_job = job
        if self.job is not None and job not in (None, self.job):
            raise JobError(f"checkpoint {self.path} belongs to job {job!r}, not {self.job!r}")
        if checked["target"] is not None:
            recorded = Target.from_json(checked["target"])
            if self.recorded_target is not None and recorded != self.recorded_target:
                raise lines.damage(number, "a second header naming another target")
            self.recorded_target = recorded
        if checked["keys"] is not None:
            if self.recorded_keys is not None and checked["keys"] != self.recorded_keys:
                raise lines.damage(number, "a second header naming other keys")
            self.recorded_keys = checked["keys"]
        self._format = int(version)

    def _apply(self, number: int, record: dict[str, Any], lines: JsonLines) -> None:
        try:
            checked = _RECORD.check(record, "")
            failed = None
            started_at = None
            if checked["event"] == "started":
                started_at = _STARTED.check(record, "")["at"]
            elif checked["event"] == "failed":
                legacy = self._format == 1 and "in_doubt" not in record
                failed = (_FAILED_V1 if legacy else _FAILED).check(record, "")
        except Invalid as exc:
            raise lines.damage(number, f"field {exc.field} {exc.problem}") from None
        key, event = checked["key"], checked["event"]
        earlier = self._prior.get(key)
        if event == "started":
            self._prior[key] = _Prior(KeyState.IN_DOUBT, "interrupted while in flight", started_at)
            return
        # The outcome of the last start: its time is what a look-up compares with.
        since = earlier.started_at if earlier is not None else None
        if failed is None:  # "ok"
            self._prior[key] = _Prior(KeyState.DONE, None, since)
        else:
            in_doubt = failed["in_doubt"] if "in_doubt" in failed else failed["maybe_applied"]
            state = KeyState.IN_DOUBT if in_doubt else KeyState.RETRY
            self._prior[key] = _Prior(state, failed["error"], since)

    def prior(self, key: str) -> tuple[KeyState, str | None] | None:
        """What an earlier run recorded for `key` (state, error text), or None if nothing."""
        found = self._prior.get(key)
        return None if found is None else (found.state, found.error)

    def started_at(self, key: str) -> float | None:
        """When an earlier run last recorded `key` as started (seconds since the epoch, this
        machine's clock), or None if it did not say."""
        found = self._prior.get(key)
        return None if found is None else found.started_at

    # -- writing -------------------------------------------------------------------------

    def _append(self, record: dict[str, Any]) -> None:
        if self._broken:
            # A write failed and the job is ending: later records are lost, as in a kill.
            return
        if self._fd is None:
            raise JobError("checkpoint is not open")
        self._pending.append((json.dumps(record, separators=(",", ":")) + "\n").encode())
        self._written += 1

    def _flush(self) -> None:
        """Write what is pending. On failure (disk full) the file is cut back to its last
        complete record - as a kill would leave it - and the checkpoint closed."""
        if self._fd is None or not self._pending:
            return
        data = b"".join(self._pending)
        self._pending.clear()
        try:
            self._good = append_all(self._fd, data, self._good, path=self.path, what=_WHAT)
        except JobError:
            self._broken = True
            self._release()
            raise

    async def started(self, key: str) -> None:
        """Record that a write for `key` is about to be sent, and when; returns once that is
        on disk."""
        self._append({"key": key, "event": "started", "at": round(time.time(), 3)})
        await self.sync()

    def finished(self, key: str, *, ok: bool, in_doubt: bool, error: str | None) -> None:
        """Append an outcome (buffered; see `sync_if_due`)."""
        record: dict[str, Any] = {"key": key, "event": "ok" if ok else "failed"}
        if not ok:
            record["in_doubt"] = in_doubt
            record["error"] = error
        self._append(record)

    async def sync_if_due(self) -> None:
        """fsync when `fsync_every` records are pending or the last fsync is old enough."""
        due = time.monotonic() - self._last_sync >= self._fsync_interval
        if self._written - self._synced >= self._fsync_every or due:
            await self.sync()

    async def sync(self) -> None:
        """Write and fsync everything recorded so far. Concurrent callers share one fsync.

        Raises:
            JobError: the write failed (the disk is full); the file holds complete records
                only, as after a kill.
        """
        target = self._written
        async with self._sync_lock:
            if self._synced >= target or self._fd is None:
                return
            upto = self._written
            self._flush()
            fd = self._fd
            if fd is None:
                return
            try:
                await asyncio.to_thread(os.fsync, fd)
            except OSError as exc:
                raise write_error(self.path, _WHAT, exc) from None
            self._synced = upto
            self._last_sync = time.monotonic()

    def close(self) -> None:
        """Write, fsync and close, releasing the lock (synchronously: it also runs while a
        job is being cancelled).

        Raises:
            JobError: the last records could not be written (the disk is full); the file
                is left holding complete records only.
        """
        if self._fd is None:
            return
        try:
            self._flush()
            if self._fd is not None:
                os.fsync(self._fd)
        except OSError as exc:
            raise write_error(self.path, _WHAT, exc) from None
        finally:
            self._release()

    def _release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
