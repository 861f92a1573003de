"""Incremental sync of conversations and messages through the Exports API: the first run
loads everything from `since`, every later run only what changed since the run before -
the Singer/Plecto-style incremental load, with a look-back overlap so that a late write is
never missed and de-duplication so that the overlap delivers nothing twice.

Each run writes one batch directory, `<output>/run-000001`, `run-000002`, ..., in the
layout of a period export (`conversations.jsonl`, `messages.jsonl`, `manifest.json`): a
loader loads the batches in order and upserts by `id` (the latest batch wins). Run N covers

    conversations updated in [start, end)   messages created in [start, end)

with `start` = `since` for the first run and `end of run N-1 - overlap` afterwards, `end` =
now. Conversations are chosen by `updated_at` because they change (a new message, a close, a
reassignment); messages by `created_at` because they do not. An item the previous run
already delivered from the overlap - the same conversation with the same `updated_at`, the
same message id - is skipped; a conversation seen there with another `updated_at`, or an
item that was not visible then (a late write), is delivered.

The state file (a state document, see `dixa_async.jobs`: JSON, replaced atomically) holds
where the sync runs - the Exports API base URL, a token fingerprint and the output folder -
the bookmark (the end of the last completed run), the ids and timestamps seen in its
overlap, every run's summary, and the run in progress. Used against another Dixa or with
another output folder it is refused before anything is sent, and every field is checked
when it is read (a run number out of sequence, a batch name that is not `run-NNNNNN`, a
string where a boolean belongs: a `JobError` naming the file and the field). A run that is killed or fails is resumed by the next call - same range, same
batch directory, windows already committed kept - before any new range is started.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, cast

from dixa_async._core._errors import JobError
from dixa_async._core._pool import TokenPool
from dixa_async._core.exports._plan import stamp_ms
from dixa_async._core.exports._windows import Moment, moment_ms, now_ms, to_ms
from dixa_async.jobs._document import atomic_write_json, document, iso_ms, now_iso, read_document
from dixa_async.jobs._files import open_locked
from dixa_async.jobs._schema import (
    BOOL,
    COUNT,
    INT,
    STR,
    Check,
    Each,
    Int,
    Map,
    Nullable,
    Obj,
    Spec,
    Str,
)
from dixa_async.jobs._target import Target, target_of

from ._period import (
    PeriodExportClient,
    PeriodManifest,
    WindowProgress,
    first_client,
    period_source,
    run_period,
)

__all__ = ["DEFAULT_OVERLAP", "SyncReport", "sync"]

DEFAULT_OVERLAP = dt.timedelta(hours=1)


@dataclass(frozen=True)
class SyncReport:
    """How one `sync` call ended.

    `run` is the run's number (1 for the first, full load); `resumed` is True when this
    call finished a run an earlier call left unfinished. The counts are the batch's totals
    (`manifest` has this call's part of them). `complete` is False when windows failed: the
    state keeps the run pending and the next call retries them.
    """

    run: int
    mode: Literal["full", "incremental"]
    resumed: bool
    start: dt.datetime
    end: dt.datetime
    batch: Path
    state_path: Path
    manifest: PeriodManifest

    @property
    def complete(self) -> bool:
        return self.manifest.complete

    @property
    def conversations(self) -> int:
        """Conversations written to the batch (new or changed since the previous run)."""
        return self.manifest.exported_total

    @property
    def messages(self) -> int:
        return self.manifest.messages_total

    @property
    def skipped_duplicates(self) -> int:
        """Items of the overlap the previous run had already delivered (this call)."""
        return self.manifest.skipped_duplicates


def _field(item: Any, name: str) -> Any:
    """Field `name` of a decoded item (dict) or a model (the dlt source passes models)."""
    return item.get(name) if isinstance(item, dict) else getattr(item, name, None)


def _conversation_stamp(item: Any) -> int:
    """`updated_at` (else `created_at`) in ms; -1 when Dixa sent neither (read leniently)."""
    for name in ("updated_at", "created_at"):
        stamp = stamp_ms(item, name)
        if stamp is not None:
            return stamp
    return -1


@dataclass
class _Dedupe:
    """The `Selector` of a sync run: drops what the previous run delivered from the
    overlap, and collects what this run sees in its own overlap for the next run. Items are
    decoded items (dicts, from `run_period`) or models (from the dlt source)."""

    seen_conversations: dict[int, int]
    seen_messages: dict[str, int]
    zone_start_ms: int
    zone_conversations: dict[int, int] = field(default_factory=dict)
    zone_messages: dict[str, int] = field(default_factory=dict)

    def conversation(self, item: Any) -> bool:
        key = int(_field(item, "id"))
        stamp = _conversation_stamp(item)
        if stamp >= self.zone_start_ms:
            self.zone_conversations[key] = stamp
        return self.seen_conversations.get(key) != stamp

    def message(self, item: Any) -> bool:
        key = str(_field(item, "id"))
        stamp = stamp_ms(item, "created_at")
        if stamp is None:
            stamp = -1
        # Remembered for the next run: messages written in its overlap, and every message
        # of a conversation updated there (the next run asks for those again by `updated`).
        if stamp >= self.zone_start_ms or _field(item, "csid") in self.zone_conversations:
            self.zone_messages[key] = stamp
        return key not in self.seen_messages

    def window_done(self) -> dict[str, Any]:
        selected = {
            "conversations": {str(k): v for k, v in self.zone_conversations.items()},
            "messages": dict(self.zone_messages),
        }
        self.zone_conversations, self.zone_messages = {}, {}
        return selected


KIND = "dixa-async sync state"
_WHAT = "sync state file"
_BATCH = Str(pattern=r"run-[0-9]{6}", meaning="a batch folder name like run-000001")
_MODE = Str(pattern="full|incremental", meaning="full or incremental")
_RUN: Spec = Obj(
    {
        "run": Int(minimum=1),
        "batch": _BATCH,
        "mode": _MODE,
        "start": STR,
        "end": STR,
        "conversations": COUNT,
        "messages": COUNT,
        "finished_at": Nullable(STR),
    }
)
_PENDING: Spec = Check(
    Obj(
        {
            "run": Int(minimum=1),
            "batch": _BATCH,
            "mode": _MODE,
            "start_ms": INT,
            "end_ms": INT,
            "started_at": STR,
        }
    ),
    lambda p: None if p["start_ms"] < p["end_ms"] else ("start_ms", "is not before end_ms"),
)


def _state_rule(data: dict[str, Any]) -> tuple[str, str] | None:
    runs, pending, bookmark = data["runs"], data["pending"], data["bookmark"]
    for number, run in enumerate(runs, start=1):
        if run["run"] != number or run["batch"] != f"run-{number:06d}":
            return f"runs[{number - 1}]", f"is not run {number} in batch run-{number:06d}"
    if (bookmark is None) != (not runs):
        return "bookmark", "disagrees with runs (a bookmark exists exactly when a run completed)"
    if pending is not None:
        number = len(runs) + 1
        if pending["run"] != number or pending["batch"] != f"run-{number:06d}":
            return "pending", (
                f"is run {pending['run']} in {pending['batch']!r}, but after "
                f"{len(runs)} runs the next is run {number} in run-{number:06d}"
            )
    return None


_SPEC: Spec = Check(
    Obj(
        {
            "since": STR,
            "since_ms": INT,
            "overlap_ms": COUNT,
            "include_messages": BOOL,
            "output": Nullable(Str(nonempty=True)),
            "bookmark": Nullable(Obj({"end": STR, "end_ms": INT})),
            "seen": Obj(
                {"conversations": Map(INT, int_keys=True), "messages": Map(INT)},
                optional={"conversations": {}, "messages": {}},
            ),
            "pending": Nullable(_PENDING),
            "runs": Each(_RUN),
        },
        optional={"output": None, "seen": {"conversations": {}, "messages": {}}},
    ),
    _state_rule,
)


@dataclass
class _State:
    path: Path
    output: Path
    """The folder the batches go to (resolved): a state belongs to one."""
    target: Target | None
    since_ms: int
    overlap_ms: int
    include_messages: bool
    runs: list[dict[str, Any]] = field(default_factory=list)
    bookmark_ms: int | None = None
    seen_conversations: dict[int, int] = field(default_factory=dict)
    seen_messages: dict[str, int] = field(default_factory=dict)
    pending: dict[str, Any] | None = None

    @classmethod
    def load(cls, path: Path, output: Path, target: Target | None) -> _State | None:
        """The state in `path` (None if there is none), checked field by field and against
        this call's `output` and `target`.

        Raises:
            JobError: damaged (naming the field), another output folder or another Dixa
                (naming both); nothing is changed.
        """
        found = read_document(
            path, kind=KIND, what=_WHAT, spec=_SPEC, is_v1={"kind": "dixa-async sync"}
        )
        if found is None:
            return None
        data = found.fields
        if target is not None:
            target.check(found.target, path, _WHAT)
        recorded = data["output"]
        if recorded is not None and Path(recorded) != output:
            raise JobError(
                f"{_WHAT} {path} syncs into {recorded}, not {output}: its bookmark and batch "
                "numbers belong to that folder; nothing was sent (use the same --output, or "
                "a new state file for a new folder)"
            )
        bookmark = data["bookmark"]
        return cls(
            path=path,
            output=output,
            target=found.target or target,
            since_ms=data["since_ms"],
            overlap_ms=data["overlap_ms"],
            include_messages=data["include_messages"],
            runs=data["runs"],
            bookmark_ms=None if bookmark is None else bookmark["end_ms"],
            seen_conversations=data["seen"]["conversations"],
            seen_messages=data["seen"]["messages"],
            pending=data["pending"],
        )

    def to_json(self) -> dict[str, Any]:
        bookmark = None
        if self.bookmark_ms is not None:
            bookmark = {"end": iso_ms(self.bookmark_ms), "end_ms": self.bookmark_ms}
        return document(
            KIND,
            self.target,
            {
                "output": str(self.output),
                "since": iso_ms(self.since_ms),
                "since_ms": self.since_ms,
                "overlap_ms": self.overlap_ms,
                "include_messages": self.include_messages,
                "bookmark": bookmark,
                "seen": {
                    "conversations": {
                        str(k): v for k, v in sorted(self.seen_conversations.items())
                    },
                    "messages": dict(sorted(self.seen_messages.items())),
                },
                "pending": self.pending,
                "runs": self.runs,
            },
        )

    def write(self) -> None:
        atomic_write_json(self.path, self.to_json(), what=_WHAT)


def _overlap_ms(overlap: dt.timedelta) -> int:
    if not isinstance(overlap, dt.timedelta):
        raise TypeError(f"overlap must be a timedelta, got {type(overlap).__name__}")
    if overlap < dt.timedelta(0):
        raise ValueError("overlap cannot be negative")
    return int(overlap / dt.timedelta(milliseconds=1))


def _lock(state_path: Path) -> int:
    """Hold `<state>.lock` for the sync: two syncs sharing a state would both start run N+1."""
    return open_locked(state_path.with_name(state_path.name + ".lock"), what="sync lock file")


def _open_state(
    path: Path,
    output: Path,
    target: Target | None,
    since: Moment | None,
    overlap_ms: int,
    include_messages: bool,
) -> _State:
    # Absolute, so that the same folder reached from another working directory matches.
    output = Path(os.path.abspath(output))
    state = _State.load(path, output, target)
    if state is None:
        if since is None:
            raise ValueError(
                f"the first sync (no state file {path} yet) needs since=...: the start of "
                "the history to load"
            )
        return _State(
            path, output, target, to_ms(since, name="since"), overlap_ms, include_messages
        )
    if since is not None and to_ms(since, name="since") != state.since_ms:
        raise JobError(
            f"{path} syncs from {iso_ms(state.since_ms)}, not {iso_ms(to_ms(since, name='since'))}: "
            "leave since out to continue it, or use a new state file and output"
        )
    if include_messages != state.include_messages:
        raise JobError(
            f"{path} syncs {'with' if state.include_messages else 'without'} messages: "
            "continue it the same way, or use a new state file and output"
        )
    state.overlap_ms = overlap_ms
    return state


def plan_range(
    since_ms: int, bookmark_ms: int | None, overlap_ms: int, end_ms: int
) -> tuple[int, Literal["full", "incremental"]]:
    """Where an incremental run starts, and whether it is the first (full) one: `since`
    for the first run, the previous run's end minus the overlap afterwards (never before
    `since`). Shared by `sync` and the dlt source (`dixa_source`).

    Raises ValueError when `end_ms` is not after the previous run's end, or not after the
    start.
    """
    if bookmark_ms is None:
        start_ms, mode = since_ms, "full"
    else:
        start_ms, mode = max(since_ms, bookmark_ms - overlap_ms), "incremental"
        if end_ms <= bookmark_ms:
            raise ValueError(
                f"until ({iso_ms(end_ms)}) must be later than the end of the last run "
                f"({iso_ms(bookmark_ms)})"
            )
    if end_ms <= start_ms:
        raise ValueError(f"until ({iso_ms(end_ms)}) must be later than {iso_ms(start_ms)}")
    return start_ms, cast(Literal["full", "incremental"], mode)


def _plan_run(state: _State, until: Moment | None) -> dict[str, Any]:
    end_ms = to_ms(until, name="until") if until is not None else now_ms()
    start_ms, mode = plan_range(state.since_ms, state.bookmark_ms, state.overlap_ms, end_ms)
    run = len(state.runs) + 1
    return {
        "run": run,
        "batch": f"run-{run:06d}",
        "mode": mode,
        "start_ms": start_ms,
        "end_ms": end_ms,
        "started_at": now_iso(),
    }


def _zone(manifest: PeriodManifest) -> tuple[dict[int, int], dict[str, int]]:
    conversations: dict[int, int] = {}
    messages: dict[str, int] = {}
    for window in manifest.windows:
        selected = window.get("selected") or {}
        conversations.update({int(k): int(v) for k, v in selected.get("conversations", {}).items()})
        messages.update({str(k): int(v) for k, v in selected.get("messages", {}).items()})
    return conversations, messages


async def sync(
    client: PeriodExportClient | TokenPool[PeriodExportClient],
    *,
    state: str | os.PathLike[str],
    output: str | os.PathLike[str],
    since: Moment | None = None,
    overlap: dt.timedelta = DEFAULT_OVERLAP,
    until: Moment | None = None,
    include_messages: bool = True,
    on_progress: Callable[[WindowProgress], object] | None = None,
) -> SyncReport:
    """Run one incremental sync into `output`, bookmarked in the state file `state`.

    The first call (no state file yet) needs `since` (a date or an aware datetime) and
    loads every conversation updated, and every message created, from then until now (or
    `until`). Each later call loads what changed since the previous run ended, minus
    `overlap` (default one hour: writes Dixa makes visible late are still caught), and skips
    what the previous run already delivered. Each run writes one batch directory
    (`output/run-NNNNNN`) laid out like `export_period`'s output.

    A call that finds a run left unfinished (killed, or windows failed) finishes that run
    instead, resuming its batch; call again for the next one. The state file is written
    atomically before the run starts and when it completes.

    `client` is a `DixaClient` or a `TokenPool` (whose first client does the work, as in
    `export_period`).

    Raises:
        ValueError / TypeError: no `since` on the first call, bounds that are not dates or
            aware datetimes, a negative overlap, `until` not after the last run's end.
        JobError: the state belongs to a sync with another `since` or other messages
            setting, is damaged, another sync is using it, or a batch cannot be written.
        AuthenticationError, PermissionDeniedError, OperationNotAllowedError: see
            `export_period`; the run stays pending.
    """
    client = first_client(client)
    state_path, out = Path(state), Path(output)
    overlap_ms = _overlap_ms(overlap)
    lock = _lock(state_path)
    try:
        target = target_of(client, exports=True)
        st = _open_state(state_path, out, target, since, overlap_ms, include_messages)
        resumed = st.pending is not None
        if st.pending is None:
            st.pending = _plan_run(st, until)
            st.write()  # the run's range is fixed before anything is fetched
        pending = st.pending
        start_ms, end_ms = int(pending["start_ms"]), int(pending["end_ms"])
        source = period_source("sync", "updated", moment_ms(start_ms), moment_ms(end_ms))
        source["run"] = int(pending["run"])
        selector = _Dedupe(
            st.seen_conversations, st.seen_messages, zone_start_ms=end_ms - st.overlap_ms
        )
        batch = st.output / str(pending["batch"])
        manifest = await run_period(
            client,
            batch,
            source=source,
            include_messages=st.include_messages,
            selector=selector,
            on_progress=on_progress,
        )
        if manifest.complete:
            st.seen_conversations, st.seen_messages = _zone(manifest)
            st.bookmark_ms = end_ms
            st.runs.append(
                {
                    "run": pending["run"],
                    "batch": pending["batch"],
                    "mode": pending["mode"],
                    "start": iso_ms(start_ms),
                    "end": iso_ms(end_ms),
                    "conversations": manifest.exported_total,
                    "messages": manifest.messages_total,
                    "finished_at": manifest.finished_at,
                }
            )
            st.pending = None
            st.write()
        return SyncReport(
            run=int(pending["run"]),
            mode=pending["mode"],
            resumed=resumed,
            start=moment_ms(start_ms),
            end=moment_ms(end_ms),
            batch=batch,
            state_path=state_path,
            manifest=manifest,
        )
    finally:
        os.close(lock)
