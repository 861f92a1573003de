"""Export a period of conversations and messages through Dixa's Exports API, one window
(at most 31 days, one request per stream) at a time, resumably.

The output directory holds two JSON-lines files and the manifest:

    conversations.jsonl   one line per conversation (`ExportedConversation.to_dict()`)
    messages.jsonl        one line per message (`ExportedMessage.to_dict()`; `csid` is the
                          conversation it belongs to)
    manifest.json         counts, windows, errors - and the checkpoint

Two files rather than one joined line per conversation, because that is how the Exports API
delivers them: the message export is a separate stream filtered by the *message's* creation
time, so a window's messages arrive apart from (and not always in the same window as) their
conversations; joining them would mean holding a whole window in memory. Two tables joined
on `csid` is also what a warehouse loads.

Checkpointing: a window is part of the export once its lines of both files are fsynced and
the manifest - replaced atomically - records it as done together with the files' new
lengths. A run that is killed leaves at most one window's lines past those lengths; the next
run with the same directory cuts them off and goes on with the windows not done, so every
item is in the files exactly once. The data files are locked while a run writes them. A
write that fails (the disk is full) ends the run the same way, with a `JobError`.

The manifest is a state document (`dixa_async.jobs`): it records where the export ran
(Dixa's Exports API base URL and a token fingerprint) before anything is fetched, and every
field is checked when it is read back - types, each window's meaning (a done window has a
finish time, one not done has no counts), the totals against the windows, and the lines
the data files hold up to their committed lengths against the done windows' counts. A
manifest that fails a check, or records another Dixa, is refused with a `JobError` naming
the file and the field; nothing is fetched and no data file is changed.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import sys
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol, cast

from dixa_async._core._errors import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    ConfigurationError,
    DixaError,
    JobError,
    OperationNotAllowedError,
    PermissionDeniedError,
    ResponseValidationError,
)
from dixa_async._core._pool import TokenPool
from dixa_async._core.exports import Exports, Window
from dixa_async._core.exports._once import Delivery
from dixa_async._core.exports._windows import Moment, moment_ms, now_ms, split_ms, to_ms
from dixa_async.jobs._document import (
    atomic_write_json,
    document,
    iso,
    iso_ms,
    now_iso,
    read_document,
)
from dixa_async.jobs._files import WriteFailedError
from dixa_async.jobs._schema import (
    BOOL,
    COUNT,
    INT,
    SECONDS,
    STR,
    Check,
    Each,
    Int,
    Map,
    Nullable,
    Obj,
    Spec,
    Str,
    damaged,
)
from dixa_async.jobs._stats import RequestCounter
from dixa_async.jobs._target import Target, target_of

from ._period_files import WindowFiles
from ._records import conversation_records, message_records
from ._window_items import ConversationsBy, message_filters, window_items

__all__ = [
    "CONVERSATIONS_FILE",
    "MANIFEST_FILE",
    "MESSAGES_FILE",
    "PeriodExportClient",
    "PeriodManifest",
    "Selector",
    "WindowProgress",
    "export_period",
    "run_period",
]

CONVERSATIONS_FILE = "conversations.jsonl"
MESSAGES_FILE = "messages.jsonl"
MANIFEST_FILE = "manifest.json"
# Errors no other window would escape: stop the run instead of failing every window.
_FATAL = (AuthenticationError, PermissionDeniedError, OperationNotAllowedError, ConfigurationError)
_PROGRESS_EVERY = 500  # items between progress callbacks inside a window
# A window cut short (a body cut mid-array, a timeout, 5xx or 429 after the client's own
# retries) is rolled back and sent again after these waits, in the same run, before it is
# recorded as failed.
WINDOW_RETRY_DELAYS: tuple[float, ...] = (10.0, 60.0)


def first_client(client: PeriodExportClient | TokenPool[PeriodExportClient]) -> PeriodExportClient:
    """The client an Exports API job runs on: the client, or a pool's first one."""
    return client.clients[0] if isinstance(client, TokenPool) else client


class PeriodExportClient(Protocol):
    """The part of `DixaClient` a period export uses."""

    @property
    def exports(self) -> Exports: ...


class Selector(Protocol):
    """Decides which items of a window are written (used by `sync` to drop what an
    earlier run already delivered), and what it wants remembered about the window. Items
    are Dixa's decoded items (dicts), already known to fit their model."""

    def conversation(self, item: dict[str, Any]) -> bool: ...
    def message(self, item: dict[str, Any]) -> bool: ...
    def window_done(self) -> dict[str, Any]:
        """Called once a window's items are all written, before it is committed; the
        result is stored with the window in the manifest (`windows[i].selected`)."""
        ...


@dataclass(frozen=True)
class WindowProgress:
    """A snapshot passed to `on_progress` while a period export runs.

    `state`: "started" (before the window's first request), "running" (every few hundred
    items), "done" (committed), "skipped" (done by an earlier run), "retrying" (rolled back
    after `error`, to be sent again in this run), "failed" (rolled back after its last try;
    `error` says why, a re-run retries it).
    """

    index: int
    """1-based position of the window in the period."""
    windows: int
    window: Window
    state: Literal["started", "running", "done", "skipped", "retrying", "failed"]
    conversations: int = 0
    messages: int = 0
    error: str | None = None

    @property
    def label(self) -> str:
        """`2024-01-01..2024-02-01`, or with times when a bound is not a UTC midnight."""
        return f"{_short(self.window.after)}..{_short(self.window.before)}"


def _short(moment: dt.datetime) -> str:
    if moment.time() == dt.time(0):
        return moment.date().isoformat()
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


KIND = "dixa-async period manifest"
_WHAT = "export manifest"
_STAMPS: Spec = Map(INT, int_keys=True)
_SELECTED: Spec = Obj({"conversations": _STAMPS, "messages": Map(INT)})


def _window_rule(window: dict[str, Any]) -> tuple[str, str] | None:
    if window["after_ms"] >= window["before_ms"]:
        return "after_ms", "is not before before_ms"
    counted = window["conversations"] or window["messages"] or window["skipped_duplicates"]
    if window["done"] and window["finished_at"] is None:
        return "done", "is true but finished_at is null: an export did not set it"
    if not window["done"] and (counted or window["finished_at"] is not None):
        return "done", "is false but the window has counts or a finished_at"
    return None


_WINDOW: Spec = Check(
    Obj(
        {
            "after": STR,
            "before": STR,
            "after_ms": INT,
            "before_ms": INT,
            "done": BOOL,
            "conversations": COUNT,
            "messages": COUNT,
            "skipped_duplicates": COUNT,
            "finished_at": Nullable(STR),
            "error": Nullable(STR),
            "selected": _SELECTED,
            "retries": COUNT,
            "outside_window": COUNT,
            "repeated": COUNT,
            "lenient": COUNT,
            "strays": Obj(
                {"conversations": _STAMPS, "messages": Map(INT)},
                optional={"conversations": {}, "messages": {}},
            ),
        },
        optional={
            "selected": None,
            "skipped_duplicates": 0,
            "retries": 0,
            "outside_window": 0,
            "repeated": 0,
            "lenient": 0,
            "strays": {},
        },
    ),
    _window_rule,
)
_SOURCE: Spec = Obj(
    {
        "kind": Str(nonempty=True),
        "api": STR,
        "conversations_by": Str(pattern="created|updated", meaning="created or updated"),
        "messages_by": STR,
        "after": STR,
        "before": STR,
        "after_ms": INT,
        "before_ms": INT,
        "run": Int(minimum=1),
    },
    optional={"run": None},
)
_COUNTS: Spec = Obj(
    {
        "exported_total": COUNT,
        "exported_this_run": COUNT,
        "already_exported": COUNT,
        "messages_total": COUNT,
        "messages_this_run": COUNT,
        "messages_already_exported": COUNT,
        "skipped_duplicates": COUNT,
        "windows_total": COUNT,
        "windows_done": COUNT,
        "failed_windows": COUNT,
        "outside_window": COUNT,
        "repeated": COUNT,
        "lenient": COUNT,
    },
    optional={"failed_windows": 0, "outside_window": 0, "repeated": 0, "lenient": 0},
)


def _manifest_rule(data: dict[str, Any]) -> tuple[str, str] | None:
    windows, counts, source = data["windows"], data["counts"], data["source"]
    done = [w for w in windows if w["done"]]
    if not windows:
        return "windows", "is empty"
    if (
        windows[0]["after_ms"] != source["after_ms"]
        or windows[-1]["before_ms"] != source["before_ms"]
    ):
        return "windows", "do not cover the period in source"
    for i, (one, two) in enumerate(itertools.pairwise(windows)):
        if one["before_ms"] != two["after_ms"]:
            return f"windows[{i + 1}].after_ms", f"is not where windows[{i}] ends"
    expected = {
        "windows_total": len(windows),
        "windows_done": len(done),
        "exported_total": sum(w["conversations"] for w in done),
        "messages_total": sum(w["messages"] for w in done),
    }
    for name, value in expected.items():
        if counts[name] != value:
            return f"counts.{name}", f"is {counts[name]} but the windows say {value}"
    if data["complete"] != (len(done) == len(windows)):
        return (
            "complete",
            f"is {data['complete']} but {len(done)} of {len(windows)} windows are done",
        )
    return None


_SPEC: Spec = Check(
    Obj(
        {
            "complete": BOOL,
            "started_at": STR,
            "finished_at": Nullable(STR),
            "source": _SOURCE,
            "parts": Each(
                Str(pattern="conversations|messages", meaning="conversations or messages")
            ),
            "files": Each(STR),
            "counts": _COUNTS,
            "ids": Obj({"min": Nullable(INT), "max": Nullable(INT)}),
            "errors": Each(Obj({"id": STR, "error": STR})),
            "requests": Nullable(COUNT),
            "rate_limited": Nullable(COUNT),
            "elapsed_seconds": SECONDS,
            "windows": Each(_WINDOW),
            "offsets": Map(COUNT),
        }
    ),
    _manifest_rule,
)


@dataclass
class PeriodManifest:
    """What a period export produced, written to `<directory>/manifest.json` (a versioned
    state document, see `dixa_async.jobs`) before the first window and after every window.

    Conversation counts (`exported_*`, `already_exported`) and the id range mean what they
    mean in `ExportManifest`; `failed_windows` counts the windows that failed in this run
    (their errors are in `errors`, keyed by the window); `complete` is True once every
    window of the period is done; `target` is the Dixa the export ran against.
    """

    directory: Path
    started_at: str
    source: dict[str, Any]
    include_messages: bool = True
    target: Target | None = None
    finished_at: str | None = None
    complete: bool = False
    exported_total: int = 0
    """Conversations in the files, this run and earlier ones."""
    exported_this_run: int = 0
    already_exported: int = 0
    messages_total: int = 0
    messages_this_run: int = 0
    messages_already_exported: int = 0
    skipped_duplicates: int = 0
    """Items a `Selector` dropped in this run (`sync`: delivered by an earlier run)."""
    failed_windows: int = 0
    min_id: int | None = None
    max_id: int | None = None
    errors: list[dict[str, str]] = field(default_factory=list)
    requests: int | None = None
    rate_limited: int | None = None
    elapsed: float = 0.0
    windows: list[dict[str, Any]] = field(default_factory=list)
    offsets: dict[str, int] = field(default_factory=dict)

    @property
    def path(self) -> Path:
        return self.directory / MANIFEST_FILE

    @property
    def parts(self) -> list[str]:
        return ["conversations", "messages"] if self.include_messages else ["conversations"]

    @property
    def files(self) -> list[str]:
        return (
            [CONVERSATIONS_FILE, MESSAGES_FILE] if self.include_messages else [CONVERSATIONS_FILE]
        )

    @property
    def windows_done(self) -> int:
        return sum(1 for w in self.windows if w["done"])

    def saw(self, conversation_id: int) -> None:
        self.min_id = conversation_id if self.min_id is None else min(self.min_id, conversation_id)
        self.max_id = conversation_id if self.max_id is None else max(self.max_id, conversation_id)

    def to_json(self) -> dict[str, Any]:
        return document(
            KIND,
            self.target,
            {
                "complete": self.complete,
                "started_at": self.started_at,
                "finished_at": self.finished_at,
                "source": self.source,
                "parts": self.parts,
                "files": self.files,
                "counts": {
                    "exported_total": self.exported_total,
                    "exported_this_run": self.exported_this_run,
                    "already_exported": self.already_exported,
                    "messages_total": self.messages_total,
                    "messages_this_run": self.messages_this_run,
                    "messages_already_exported": self.messages_already_exported,
                    "skipped_duplicates": self.skipped_duplicates,
                    "windows_total": len(self.windows),
                    "windows_done": self.windows_done,
                    "failed_windows": self.failed_windows,
                    # Over the done windows: items delivered although their own timestamp
                    # lies outside their window, items Dixa repeated (written once), items
                    # read leniently.
                    **{
                        name: sum(int(w.get(name, 0)) for w in self.windows if w["done"])
                        for name in ("outside_window", "repeated", "lenient")
                    },
                },
                "ids": {"min": self.min_id, "max": self.max_id},
                "errors": self.errors,
                "requests": self.requests,
                "rate_limited": self.rate_limited,
                "elapsed_seconds": round(self.elapsed, 3),
                "windows": self.windows,
                "offsets": self.offsets,
            },
        )

    def write(self) -> None:
        """Replace the manifest atomically (JobError when it cannot be written)."""
        atomic_write_json(self.path, self.to_json(), what=_WHAT)


def read_manifest(directory: Path) -> tuple[Target | None, dict[str, Any]] | None:
    """The manifest in `directory` (its target and checked fields), or None if none.

    Raises:
        JobError: it is not a period manifest or a field is wrong (naming the field).
    """
    found = read_document(directory / MANIFEST_FILE, kind=KIND, what=_WHAT, spec=_SPEC, is_v1={})
    return None if found is None else (found.target, found.fields)


def _window_record(window: Window) -> dict[str, Any]:
    return {
        "after": iso(window.after),
        "before": iso(window.before),
        "after_ms": window.after_ms,
        "before_ms": window.before_ms,
        "done": False,
        "conversations": 0,
        "messages": 0,
        "skipped_duplicates": 0,
        "finished_at": None,
        "error": None,
    }


def _same_source(saved: dict[str, Any], wanted: dict[str, Any]) -> bool:
    keys = ("kind", "api", "conversations_by", "messages_by", "after_ms", "before_ms")
    return all(saved.get(k) == wanted.get(k) for k in keys)


def _resume(
    directory: Path, source: dict[str, Any], include_messages: bool, target: Target | None
) -> PeriodManifest:
    """The manifest to continue: the one in `directory` (checked), or a new one."""
    manifest = PeriodManifest(
        directory=directory,
        started_at=now_iso(),
        source=source,
        include_messages=include_messages,
        target=target,
    )
    saved = read_manifest(directory)
    if saved is None:
        windows = split_ms(source["after_ms"], source["before_ms"])
        manifest.windows = [_window_record(w) for w in windows]
        return manifest
    recorded, fields = saved
    if target is not None:
        target.check(recorded, manifest.path, _WHAT)
    saved_source = fields["source"]
    if not _same_source(saved_source, source):
        raise JobError(
            f"{directory} holds an export of {saved_source.get('conversations_by')} "
            f"{saved_source.get('after')} .. {saved_source.get('before')}, not "
            f"{source['conversations_by']} {source['after']} .. {source['before']}: "
            "use another directory (or the same arguments to resume it)"
        )
    if ("messages" in fields["parts"]) != include_messages:
        raise JobError(
            f"{directory} was exported {'with' if 'messages' in fields['parts'] else 'without'} "
            "messages: resume it the same way, or use another directory"
        )
    manifest.source = dict(saved_source)
    manifest.windows = [dict(w) for w in fields["windows"]]
    manifest.offsets = dict(fields["offsets"])
    done = [w for w in manifest.windows if w["done"]]
    manifest.already_exported = manifest.exported_total = sum(w["conversations"] for w in done)
    manifest.messages_already_exported = manifest.messages_total = sum(w["messages"] for w in done)
    manifest.min_id, manifest.max_id = fields["ids"]["min"], fields["ids"]["max"]
    return manifest


def _check_committed_lines(manifest: PeriodManifest, files: WindowFiles) -> None:
    """The data files must hold, up to their committed offsets, exactly the lines the done
    windows count: a hand-set `done` (or a count) that disagrees is refused."""
    expected = {CONVERSATIONS_FILE: manifest.exported_total, MESSAGES_FILE: manifest.messages_total}
    for name in files.names:
        counted = files.count_lines(name, manifest.offsets.get(name, 0))
        if counted != expected[name]:
            raise damaged(
                f"the {_WHAT} {manifest.path}",
                "windows",
                f"count {expected[name]} {name.removesuffix('.jsonl')} in done windows, but "
                f"{name} holds {counted} committed lines",
            )


def _open_directory(
    path: Path, source: dict[str, Any], include_messages: bool, target: Target | None
) -> tuple[PeriodManifest, WindowFiles]:
    """Create `path` if needed, lock its data files, check the manifest against them and cut
    them back to the last commit; the manifest (with this run's target) is written before
    anything is fetched."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise JobError(
            f"cannot create the export directory {path}: {exc.strerror or exc}"
        ) from None
    names = [CONVERSATIONS_FILE, MESSAGES_FILE] if include_messages else [CONVERSATIONS_FILE]
    files = WindowFiles(path, names)
    files.open()  # locks the data files first: no other run can change the manifest now
    try:
        manifest = _resume(path, source, include_messages, target)
        files.check(manifest.offsets)
        _check_committed_lines(manifest, files)
        files.resume(manifest.offsets)  # the first change to the files
        manifest.write()
    except BaseException:
        files.close()
        raise
    return manifest, files


async def run_period(
    client: PeriodExportClient,
    directory: str | Path,
    *,
    source: dict[str, Any],
    include_messages: bool = True,
    selector: Selector | None = None,
    on_progress: Callable[[WindowProgress], object] | None = None,
) -> PeriodManifest:
    """Export the period `source` describes into `directory`, resuming what is there.

    `source` holds at least `kind`, `conversations_by` ("created" or "updated"),
    `after_ms`/`before_ms` and their ISO forms `after`/`before`; it is stored in the
    manifest, and a directory holding another period is refused. Messages are always
    selected by their creation time. See `export_period` for the behaviour; `sync` runs
    this with a `selector`.
    """
    target = target_of(client, exports=True)
    manifest, files = _open_directory(Path(directory), source, include_messages, target)
    return await _run_windows(client, manifest, files, selector, on_progress)


async def _run_windows(
    client: PeriodExportClient,
    manifest: PeriodManifest,
    files: WindowFiles,
    selector: Selector | None,
    on_progress: Callable[[WindowProgress], object] | None,
) -> PeriodManifest:
    by = cast(ConversationsBy, manifest.source["conversations_by"])
    started = time.monotonic()
    counter = RequestCounter([client.exports])
    total = len(manifest.windows)
    deliveries = _deliveries(manifest, files)

    def report(index: int, record: dict[str, Any], state: Any, **counts: Any) -> None:
        if on_progress is not None:
            window = Window(int(record["after_ms"]), int(record["before_ms"]))
            on_progress(WindowProgress(index, total, window, state, **counts))

    try:
        for index, record in enumerate(manifest.windows, start=1):
            if record["done"]:
                report(
                    index,
                    record,
                    "skipped",
                    conversations=record["conversations"],
                    messages=record["messages"],
                )
                continue
            attempt = 0
            while True:
                try:
                    await _one_window(
                        client, manifest, files, selector, deliveries, index, record, by, report
                    )
                except (*_FATAL, WriteFailedError):
                    raise
                except DixaError as exc:
                    files.rollback()
                    for delivery in deliveries.values():
                        delivery.rollback()
                    if selector is not None:
                        selector.window_done()  # forget what it saw of the rolled-back window
                    if attempt < len(WINDOW_RETRY_DELAYS) and _retryable(exc):
                        delay = WINDOW_RETRY_DELAYS[attempt]
                        attempt += 1
                        record["retries"] = int(record.get("retries", 0)) + 1
                        report(index, record, "retrying", error=f"{type(exc).__name__}: {exc}")
                        await _sleep(delay)
                        continue
                    failure: DixaError | None = exc
                else:
                    failure = None
                break
            if failure is not None:
                error = f"{type(failure).__name__}: {failure}"
                record["error"] = error
                manifest.failed_windows += 1
                manifest.errors.append(
                    {"id": f"{record['after']}..{record['before']}", "error": error}
                )
                manifest.write()
                report(index, record, "failed", error=error)
    finally:
        in_flight = sys.exc_info()[1]
        files.close()  # drops the lines of a window cut short (cancelled, crashed, disk full)
        manifest.offsets = files.committed
        manifest.exported_total = sum(w["conversations"] for w in manifest.windows if w["done"])
        manifest.messages_total = sum(w["messages"] for w in manifest.windows if w["done"])
        manifest.complete = all(w["done"] for w in manifest.windows)
        manifest.requests, manifest.rate_limited = counter.delta()
        manifest.elapsed = time.monotonic() - started
        manifest.finished_at = now_iso()
        try:
            manifest.write()
        except JobError:
            # With an error already on its way (a full disk), report that one: the last
            # manifest written records every committed window.
            if in_flight is None:
                raise
    return manifest


def _deliveries(manifest: PeriodManifest, files: WindowFiles) -> dict[str, Delivery]:
    """The run's delivery bookkeeping, with the strays of the windows already done (an item
    a done window delivered outside its range is not delivered again by a later window).

    When messages are also asked for by their conversation's `updated_at` (a sync), any
    window may return a message an earlier one delivered: every delivered message id is
    remembered for the run, read back from the committed lines when a run resumes."""
    before_ms = int(manifest.source["before_ms"])
    strays: dict[str, dict[Hashable, int]] = {"conversations": {}, "messages": {}}
    for window in manifest.windows:
        if window["done"]:
            for kind, seen in (window.get("strays") or {}).items():
                convert = int if kind == "conversations" else str
                strays[kind].update({convert(k): int(v) for k, v in seen.items()})
    by = cast(ConversationsBy, manifest.source["conversations_by"])
    delivered: set[Hashable] | None = None
    if manifest.include_messages and "updated" in message_filters(by):
        delivered = set(files.committed_ids(MESSAGES_FILE))
    return {
        "conversations": Delivery.restore(before_ms, strays["conversations"]),
        "messages": Delivery.restore(before_ms, strays["messages"], delivered),
    }


def _retryable(exc: DixaError) -> bool:
    """Whether a window that failed with `exc` may succeed if sent again: a body cut short
    or malformed, a timeout, a broken connection, 429 or 5xx after the client's retries."""
    if isinstance(exc, ResponseValidationError | APIConnectionError):
        return True
    return isinstance(exc, APIStatusError) and (
        exc.status_code in (408, 429) or exc.status_code >= 500
    )


async def _sleep(delay: float) -> None:
    # Looked up at call time, so tests can swap it for an instant, recording one.
    await asyncio.sleep(delay)


async def _one_window(
    client: PeriodExportClient,
    manifest: PeriodManifest,
    files: WindowFiles,
    selector: Selector | None,
    deliveries: dict[str, Delivery],
    index: int,
    record: dict[str, Any],
    by: ConversationsBy,
    report: Callable[..., None],
) -> None:
    window = Window(int(record["after_ms"]), int(record["before_ms"]))
    report(index, record, "started")
    exports = client.exports
    conversations = messages = skipped = 0
    delivery = deliveries["conversations"]
    outside, repeated = delivery.outside, delivery.repeated
    lines = conversation_records()
    where = f"GET conversation_export {record['after']}..{record['before']}"

    def reject(raw: Any, position: int) -> None:
        # Not an item at all: the model's error (`lines` and `where` of the current stream).
        lines.line(raw, where, position)

    choose = None if selector is None else selector.conversation
    async for raw, position, wanted in window_items(
        exports, "conversations", by, window, delivery, choose, reject
    ):
        line = lines.line(raw, where, position)  # may change `raw`: read it before
        if not wanted:
            skipped += 1
            continue
        files.write_line(CONVERSATIONS_FILE, line)
        manifest.saw(int(raw["id"]))
        conversations += 1
        if conversations % _PROGRESS_EVERY == 0:
            report(index, record, "running", conversations=conversations)
    lenient = lines.lenient
    outside_window = delivery.outside - outside
    repeats = delivery.repeated - repeated
    if manifest.include_messages:
        delivery = deliveries["messages"]
        outside, repeated = delivery.outside, delivery.repeated
        lines = message_records()
        where = f"GET message_export {record['after']}..{record['before']}"
        choose = None if selector is None else selector.message
        for filter_by in message_filters(by):
            async for raw, position, wanted in window_items(
                exports, "messages", filter_by, window, delivery, choose, reject
            ):
                line = lines.line(raw, where, position)  # may change `raw`: read it before
                if not wanted:
                    skipped += 1
                    continue
                files.write_line(MESSAGES_FILE, line)
                messages += 1
                if messages % _PROGRESS_EVERY == 0:
                    report(index, record, "running", conversations=conversations, messages=messages)
        lenient += lines.lenient
        outside_window += delivery.outside - outside
        repeats += delivery.repeated - repeated
    if selector is not None:
        record["selected"] = selector.window_done()
    manifest.offsets = files.commit()
    strays = {
        kind: {str(k): v for k, v in deliveries[kind].commit().items()} for kind in deliveries
    }
    record.update(
        done=True,
        conversations=conversations,
        messages=messages,
        skipped_duplicates=skipped,
        outside_window=outside_window,
        repeated=repeats,
        lenient=lenient,
        strays={kind: seen for kind, seen in strays.items() if seen},
        finished_at=now_iso(),
        error=None,
    )
    manifest.exported_this_run += conversations
    manifest.messages_this_run += messages
    manifest.skipped_duplicates += skipped
    manifest.exported_total = sum(w["conversations"] for w in manifest.windows if w["done"])
    manifest.messages_total = sum(w["messages"] for w in manifest.windows if w["done"])
    manifest.write()  # the commit point: from here on the window is part of the export
    report(index, record, "done", conversations=conversations, messages=messages)


def period_source(
    kind: str,
    conversations_by: ConversationsBy,
    after: Moment,
    before: Moment | None,
) -> dict[str, Any]:
    """The `source` of a period export: what is selected, by which field, over which range."""
    after_ms = to_ms(after, name="since")
    before_ms = to_ms(before, name="until") if before is not None else now_ms()
    if before_ms <= after_ms:
        raise ValueError(
            f"until ({iso_ms(before_ms)}) must be later than since ({iso_ms(after_ms)})"
        )
    return {
        "kind": kind,
        "api": "exports",
        "conversations_by": conversations_by,
        "messages_by": "created",
        "after": iso_ms(after_ms),
        "before": iso_ms(before_ms),
        "after_ms": after_ms,
        "before_ms": before_ms,
    }


def _recorded_until(directory: Path, kind: str, after_ms: int) -> int | None:
    """The end of the period an unfinished (or finished) run in `directory` was given, if
    it exported the same start: a run started without `until` resumes up to where it was
    going, not up to a new "now"."""
    saved = read_manifest(directory)
    if saved is None:
        return None
    source = saved[1]["source"]
    if source["kind"] != kind or source["after_ms"] != after_ms:
        return None
    return int(source["before_ms"])


async def export_period(
    client: PeriodExportClient | TokenPool[PeriodExportClient],
    output: str | Path,
    *,
    since: Moment,
    until: Moment | None = None,
    include_messages: bool = True,
    on_progress: Callable[[WindowProgress], object] | None = None,
) -> PeriodManifest:
    """Export every conversation created in `[since, until)`, and every message created in
    it, through the Exports API into the directory `output`.

    `client` is a `DixaClient` or a `TokenPool`: the Exports API runs one window after
    another, so a pool's first client does all of it.

    `since`/`until` are dates (UTC midnight) or timezone-aware datetimes; `until` defaults
    to now - or, when `output` holds an unfinished export from the same `since`, to the end
    that export was given, so a re-run resumes it exactly. The period is cut into windows of
    at most 31 days; each costs one request per stream (two with messages).

    Resumable: run it again with the same arguments and directory after a crash, a kill or
    a failed window, and it continues with the windows not done yet; no item is written
    twice and none is lost. A window that fails (Dixa errors after the client's retries) is
    rolled back, recorded in the manifest's `errors`, and the run goes on with the next
    one; `complete` is False until a re-run has done it. Authentication and permission
    errors stop the run at once.

    Returns the manifest (also in `<output>/manifest.json`, rewritten after every window and
    when the run ends, interrupted or not).

    Raises:
        ValueError / TypeError: bounds that are not dates or aware datetimes, or
            `until <= since`.
        JobError: `output` holds an export of another period (or with/without messages
            unlike this call), another run is writing it, its files were changed after a
            commit, or it cannot be written.
        AuthenticationError, PermissionDeniedError, OperationNotAllowedError: from Dixa or
            the client's access policy; the windows done so far stay done.
    """
    client = first_client(client)
    directory = Path(output)
    after_ms = to_ms(since, name="since")
    before: Moment | None = until
    if until is None:
        recorded = _recorded_until(directory, "period", after_ms)
        if recorded is not None:
            before = moment_ms(recorded)
    source = period_source("period", "created", since, before)
    return await run_period(
        client,
        directory,
        source=source,
        include_messages=include_messages,
        on_progress=on_progress,
    )
