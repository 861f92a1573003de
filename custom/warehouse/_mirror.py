"""`Mirror`: the database follows Dixa within seconds - webhooks mark conversations dirty,
targeted Exports API re-exports merge them, a scheduled incremental load is the safety net.

    mirror = Mirror(since=date(2024, 1, 1), duckdb="dixa.duckdb",
                    listen="0.0.0.0:8080", public_url="https://mirror.example.com/dixa")
    await mirror.run()          # until mirror.stop() (the CLI calls it on SIGINT/SIGTERM)

What `run` does, in order:

1. opens the dirty set (default: `LocalDirtySet` at `<duckdb file>.mirror.jsonl`);
2. ensures one webhook subscription for `public_url` with `MIRROR_EVENTS`
   (`dixa.webhooks.ensure`: a restart finds it, never creates a second);
3. serves the receiver on `listen`: a delivery whose signature checks out marks its
   conversation dirty - durably - before it is answered 200; a bad signature is 401 and
   changes nothing;
4. loads (or resumes) like `load`, then keeps merging: the dirty conversations are
   re-exported by csids with their messages (`_mirror_merge`, two Exports API requests per
   merge) and merged; their marks are cleared only once the merge has committed;
5. every `full_every` runs the incremental load again, and every `deliveries_every` reads
   the subscription's delivery logs, marking the conversations of failed deliveries dirty;
6. `stop()` ends it: no new deliveries are accepted, a merge still fetching is abandoned
   (its marks stay), one writing finishes and is cleared; a load in progress stops at its
   next window (dlt keeps its bookmark where it was).

Several receivers behind a load balancer share a `RedisDirtySet`: run them with
`role="receiver"` and one process with `role="merger"` (or "all"); the merger holds a lease
in Redis, so a second merger waits instead of writing too.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

from dixa_async._core._client import DixaClient
from dixa_async._core._errors import AuthenticationError, ConfigurationError, DixaError
from dixa_async._core.exports._windows import Moment, to_ms
from dixa_async.webhooks import ConversationEvent, WebhookReceiver

from ._dirty import DirtySet, LocalDirtySet, Mark, now_ms
from ._dlt_source import LoadProgress
from ._load import DEFAULT_DATASET, DEFAULT_DUCKDB, LoadReport, load, open_pipeline
from ._mirror_http import HttpServer
from ._mirror_merge import Changes, fetch_changes, merge_changes
from ._sync import DEFAULT_OVERLAP

__all__ = [
    "MIRROR_EVENTS",
    "MergeReport",
    "Mirror",
    "MirrorRole",
    "MirrorStats",
    "default_dirty_log",
]

# The events after which a conversation's export row or its messages may differ. Message
# delivery receipts, typing, SLA and ban events change neither table.
MIRROR_EVENTS = (
    "ConversationCreated",
    "ConversationOpen",
    "ConversationPending",
    "ConversationPendingExpired",
    "ConversationClosed",
    "ConversationAbandoned",
    "ConversationEnqueued",
    "ConversationAssigned",
    "ConversationUnassigned",
    "ConversationTransferred",
    "ConversationMessageAdded",
    "ConversationNoteAdded",
    "ConversationTagAdded",
    "ConversationTagRemoved",
    "ConversationRated",
    "ConversationEndUserReplaced",
    "ConversationCustomAttributeUpdated",
)
DEFAULT_SUBSCRIPTION_NAME = "dixa-async mirror"
MirrorRole = Literal["all", "receiver", "merger"]
_BATCH = 500  # conversations per merge
_MISSING_ATTEMPTS = 3  # merges a conversation the export does not return stays dirty for
_RETRY_SECONDS = 2.0  # after a merge failed (Dixa or the database unavailable)
_LEASE_MS = 30_000
_STATUS_SECONDS = 60.0  # a status line this often, when something changed


@dataclass(frozen=True)
class MergeReport:
    """One merge: what it asked, what it wrote, and the mirror's counters after it.

    `lag_seconds`: from the moment the longest-waiting of its conversations was marked dirty
    to the commit. `missing`: conversations the export did not return (kept dirty for a few
    merges, then dropped: the scheduled load is the safety net).
    """

    csids: tuple[int, ...]
    conversations: int
    messages: int
    missing: tuple[int, ...]
    requests: int
    seconds: float
    lag_seconds: float
    dirty: int
    events: int
    merged_total: int

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["csids"], data["missing"] = list(self.csids), list(self.missing)
        data["seconds"], data["lag_seconds"] = round(self.seconds, 3), round(self.lag_seconds, 3)
        return {"event": "merge", **data}


@dataclass
class MirrorStats:
    """The mirror's counters since it started."""

    events: int = 0
    """Verified deliveries received (duplicates of one event counted once)."""
    rejected: int = 0
    """Deliveries answered 401 (bad or missing signature)."""
    merges: int = 0
    merged: int = 0
    """Conversations merged (a conversation merged twice counts twice)."""
    loads: int = 0
    failed_deliveries: int = 0
    """Failed deliveries found in the delivery logs and marked dirty."""
    errors: int = 0
    last_lag: float | None = None


class _Stopped(Exception):
    """Raised from the load's progress callback to end a load at a window boundary."""


def _parse_listen(listen: str | tuple[str, int]) -> tuple[str, int]:
    if isinstance(listen, tuple):
        return listen
    host, colon, port = listen.rpartition(":")
    if not colon or not port.isdigit() or not host:
        raise ConfigurationError(f"listen must be HOST:PORT, got {listen!r}")
    return host.strip("[]"), int(port)


def default_dirty_log(duckdb: str | Path | None, destination: Any, dataset: str) -> Path:
    """Where the local dirty set is kept: beside the DuckDB file, or for another destination
    `./dixa-mirror-<dataset>.jsonl`."""
    if destination is None and duckdb is not None:
        path = Path(duckdb)
        return path.with_name(path.name + ".mirror.jsonl")
    return Path(f"dixa-mirror-{dataset}.jsonl")


class Mirror:
    """Keep a database in step with Dixa (see the module docstring).

    Args:
        public_url: the URL Dixa delivers webhooks to (reaching `listen`, e.g. through a
            reverse proxy); the subscription is found or created by it.
        since: start of the history of the first load (later runs resume).
        listen: `HOST:PORT` (or a tuple) the receiver listens on; port 0 picks a free one
            (`port` tells which once `started` is set).
        duckdb, destination, dataset, pipelines_dir, include, overlap: as for `load`.
        client: zero-argument callable returning a new `DixaClient` (one for the mirror's
            own loop, one per resource for each load); without it
            `DixaClient(**client_options)`.
        dirty: where dirty conversations wait (default `LocalDirtySet` beside the database;
            `RedisDirtySet` for several receivers).
        role: "all"; "receiver" (serve webhooks only: needs a shared dirty set, and the
            subscription must exist); "merger" (load and merge, no listener).
        full_every: interval of the scheduled incremental load (None: never).
        deliveries_every: interval of the delivery-log check (None: never).
        batch_delay: seconds a merge waits after the first dirty mark, gathering more.
        on_merge, on_load, on_note: called with each `MergeReport`, `LoadReport`, and each
            status line (str) worth telling.
    """

    def __init__(
        self,
        *,
        public_url: str,
        since: Moment | None = None,
        listen: str | tuple[str, int] = "127.0.0.1:8080",
        duckdb: str | Path | None = DEFAULT_DUCKDB,
        destination: Any = None,
        dataset: str = DEFAULT_DATASET,
        pipelines_dir: str | Path | None = None,
        include: Iterable[str] = (),
        overlap: dt.timedelta = DEFAULT_OVERLAP,
        client: Callable[[], DixaClient] | None = None,
        dirty: DirtySet | None = None,
        role: MirrorRole = "all",
        full_every: dt.timedelta | None = dt.timedelta(hours=1),
        deliveries_every: dt.timedelta | None = dt.timedelta(minutes=5),
        batch_delay: float = 1.0,
        subscription_name: str = DEFAULT_SUBSCRIPTION_NAME,
        on_merge: Callable[[MergeReport], object] | None = None,
        on_load: Callable[[LoadReport], object] | None = None,
        on_note: Callable[[str], object] | None = None,
        on_progress: Callable[[LoadProgress], object] | None = None,
        **client_options: Any,
    ) -> None:
        if client is not None and client_options:
            raise TypeError("give client= or DixaClient keyword arguments, not both")
        if role not in ("all", "receiver", "merger"):
            raise ConfigurationError(f"role must be all, receiver or merger, got {role!r}")
        if not public_url.startswith(("http://", "https://")):
            raise ConfigurationError(f"public_url must be an http(s) URL, got {public_url!r}")
        if batch_delay < 0:
            raise ConfigurationError("batch_delay cannot be negative")
        if since is not None:
            to_ms(since, name="since")  # a bad bound fails here, not in the load's thread
        self.public_url = public_url
        self.since = since
        self.host, self.requested_port = _parse_listen(listen)
        self.role: MirrorRole = role
        self._load_options: dict[str, Any] = {
            "duckdb": duckdb,
            "destination": destination,
            "dataset": dataset,
            "pipelines_dir": pipelines_dir,
            "include": tuple(include),
            "overlap": overlap,
        }
        self._make_client: Callable[[], DixaClient] = (
            client if client is not None else (lambda: DixaClient(**client_options))
        )
        self.dirty: DirtySet = (
            dirty
            if dirty is not None
            else LocalDirtySet(default_dirty_log(duckdb, destination, dataset))
        )
        if role == "receiver" and isinstance(self.dirty, LocalDirtySet):
            raise ConfigurationError(
                "a receiver without a merger needs a shared dirty set (Redis): the merger "
                "reads the marks from there"
            )
        self.full_every = full_every
        self.deliveries_every = deliveries_every
        self.batch_delay = batch_delay
        self.subscription_name = subscription_name
        self.on_merge, self.on_load, self.on_note = on_merge, on_load, on_note
        self.on_progress = on_progress
        self.stats = MirrorStats()
        self.subscription_id: str | None = None
        self.started = asyncio.Event()
        self._stopping = asyncio.Event()
        self._stop_flag = threading.Event()  # read by the load's thread
        self._wake = asyncio.Event()
        self._writer = asyncio.Lock()  # one dlt run at a time: merges and loads
        self._commit: asyncio.Task[None] | None = None
        self._server: HttpServer | None = None
        self._dixa: DixaClient | None = None
        self._leader = False  # merges and loads only while True (see _hold_lease)
        self._leading = asyncio.Event()
        self._missing: dict[int, int] = {}
        self._seen_failures: set[str] = set()

    # ------------------------------------------------------------------ control

    @property
    def port(self) -> int:
        """The port the receiver listens on (once `started` is set)."""
        if self._server is None:
            raise RuntimeError("the mirror is not listening")
        return self._server.port

    def stop(self) -> None:
        """Ask `run` to end (safe from a signal handler of the mirror's loop)."""
        self._stop_flag.set()
        self._stopping.set()
        self._wake.set()

    async def _pause(self, seconds: float, event: asyncio.Event | None = None) -> bool:
        """Wait `seconds` or until `event` (default: the stop) is set; True if it was."""
        try:
            await asyncio.wait_for((event or self._stopping).wait(), timeout=seconds)
        except TimeoutError:
            return False
        return True

    def _note(self, text: str) -> None:
        if self.on_note is not None:
            self.on_note(text)

    async def run(self) -> None:
        """Run until `stop()`; see the module docstring.

        Raises:
            ConfigurationError: the listen address cannot be used, a receiver finds no
                subscription, Redis does not answer.
            JobError: the first load cannot run (no `since`, the database is locked ...),
                the dirty log is damaged or used by another mirror.
            AuthenticationError: the API key is refused.
        """
        await self.dirty.open()
        try:
            async with self._make_client() as dixa:
                self._dixa = dixa
                await self._run(dixa)
        finally:
            await self.dirty.aclose()

    async def _run(self, dixa: DixaClient) -> None:
        secret = await self._subscription(dixa)
        if self.role != "merger":
            await self._serve(secret)
        tasks: list[asyncio.Task[None]] = []
        # Scheduled loads run in a thread that a cancel cannot stop: they are asked to stop
        # (at their next window) and awaited; the other tasks are cancelled.
        loads: list[asyncio.Task[None]] = []
        try:
            if self.role != "receiver":
                if isinstance(self.dirty, LocalDirtySet):
                    self._leader = True  # the log's lock makes this the one writer
                else:
                    await self._renew_lease()
                    tasks.append(asyncio.create_task(self._hold_lease()))
                    if not self._leader:
                        self._note("standing by: another merger holds the lease")
                        self.started.set()
                        await self._until_leading()
                if not self._stopping.is_set():
                    await self._load("initial load")
                tasks.append(asyncio.create_task(self._merge_loop(dixa)))
                if self.full_every is not None:
                    loads.append(asyncio.create_task(self._every(self.full_every, self._full)))
                if self.deliveries_every is not None:
                    every = self.deliveries_every
                    tasks.append(asyncio.create_task(self._every(every, self._deliveries)))
            tasks.append(asyncio.create_task(self._status_loop()))
            self.started.set()
            stopped = asyncio.create_task(self._stopping.wait())
            await asyncio.wait([stopped, *tasks, *loads], return_when=asyncio.FIRST_COMPLETED)
            stopped.cancel()
            for task in [*tasks, *loads]:
                if task.done() and not task.cancelled() and (error := task.exception()):
                    raise error
        finally:
            self._stop_flag.set()
            self._stopping.set()
            if self._server is not None:
                await self._server.close()
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, *loads, return_exceptions=True)
            if self._commit is not None:
                # A merge that was writing finishes and clears its marks.
                await asyncio.gather(self._commit, return_exceptions=True)

    async def status(self) -> str:
        """One line: events received and rejected, dirty now, merged so far, the last lag."""
        stats = self.stats
        lag = "-" if stats.last_lag is None else f"{stats.last_lag:.1f} s"
        return (
            f"status: events {stats.events} (rejected {stats.rejected}), dirty "
            f"{await self.dirty.count()}, merged {stats.merged} in {stats.merges} merges, "
            f"last lag {lag}, loads {stats.loads}, errors {stats.errors}"
        )

    async def _status_loop(self) -> None:
        """Tell the status every minute it changed (a receiver reports no merges itself)."""
        told = ""
        while not await self._pause(_STATUS_SECONDS):
            try:
                line = await self.status()
            except Exception:  # a shared dirty set out of reach: the next minute may tell
                continue
            if line != told:
                self._note(line)
                told = line

    # ------------------------------------------------------------------ subscription

    async def _subscription(self, dixa: DixaClient) -> str:
        """The subscription's secret: ensured (found or created once), or for a receiver
        only found."""
        if self.role == "receiver":
            found = [s for s in await dixa.webhooks.list() if s.url == self.public_url]
            if not found:
                raise ConfigurationError(
                    f"no webhook subscription delivers to {self.public_url}: start the merger "
                    "(role all or merger) first, it creates it"
                )
            subscription = min(found, key=lambda s: s.created_at)
        else:
            subscription = await dixa.webhooks.ensure(
                name=self.subscription_name, url=self.public_url, events=MIRROR_EVENTS
            )
        self.subscription_id = subscription.id
        self._note(f"webhook subscription {subscription.id} delivers to {self.public_url}")
        return subscription.secret_key

    # ------------------------------------------------------------------ receiving

    async def _serve(self, secret: str) -> None:
        receiver = WebhookReceiver(secret)

        @receiver.on(ConversationEvent)
        async def changed(event: ConversationEvent) -> None:
            csid = event.conversation.csid if event.conversation is not None else None
            if csid is None:
                return
            stamp = int(event.event_timestamp.timestamp() * 1000)
            # Durable before the handler returns, so before the 200 is written.
            await self.dirty.mark([csid], event_ms=stamp)
            self.stats.events += 1
            self._wake.set()

        async def app(scope: Mapping[str, object], receive: Any, send: Any) -> None:
            async def observed(message: dict[str, object]) -> None:
                if message.get("type") == "http.response.start" and message.get("status") == 401:
                    self.stats.rejected += 1
                await send(message)

            await receiver(scope, receive, observed)

        self._server = HttpServer(app, self.host, self.requested_port)
        try:
            await self._server.start()
        except OSError as exc:
            self._server = None
            raise ConfigurationError(
                f"cannot listen on {self.host}:{self.requested_port}: {exc.strerror or exc}"
            ) from None
        self._note(f"listening on {self.host}:{self._server.port}")

    # ------------------------------------------------------------------ loading

    def _progress(self, event: LoadProgress) -> None:
        if self._stop_flag.is_set():
            raise _Stopped
        if self.on_progress is not None:
            self.on_progress(event)

    async def _load(self, what: str) -> None:
        if not self._leader:
            return
        async with self._writer:
            if self._stopping.is_set():
                return
            options = self._load_options
            try:
                report = await asyncio.to_thread(
                    load,
                    self.since,
                    client=self._make_client,
                    on_progress=self._progress,
                    finish_pending=True,
                    **options,
                )
            except _Stopped:
                self._note(f"{what} stopped; the next run resumes it")
                return
        self.stats.loads += 1
        self._note(f"{what}: {report.total_rows:,} rows in {report.seconds:.1f} s")
        if self.on_load is not None:
            self.on_load(report)

    async def _full(self) -> None:
        try:
            await self._load("scheduled load")
        except AuthenticationError:
            raise
        except Exception as exc:  # as for a merge: tried again at the next interval
            self.stats.errors += 1
            self._note(f"scheduled load failed ({type(exc).__name__}: {exc}); next one later")

    async def _every(self, interval: dt.timedelta, job: Callable[[], Any]) -> None:
        seconds = interval.total_seconds()
        while not await self._pause(seconds):
            await job()

    async def _hold_lease(self) -> None:
        """Take and renew the merger's lease in a shared dirty set (a third of its time to
        live apart); while another merger holds it, or Redis does not answer, this one
        neither merges nor loads."""
        while not await self._pause(_LEASE_MS / 3000):
            await self._renew_lease()

    async def _renew_lease(self) -> None:
        lead = getattr(self.dirty, "hold_merger_lease", None)
        was = self._leader
        try:
            self._leader = bool(lead is None or await lead(_LEASE_MS))
        except Exception as exc:  # Redis lost: stop writing until it answers again
            self._leader = False
            if was:
                self._note(f"merger lease lost ({type(exc).__name__}); standing by")
        if self._leader:
            self._leading.set()
        else:
            self._leading.clear()
        if self._leader and not was:
            self._note("merging: this process holds the merger lease")
            self._wake.set()

    async def _until_leading(self) -> None:
        while not self._leader and not self._stopping.is_set():
            await self._pause(1.0, self._leading)

    # ------------------------------------------------------------------ delivery logs

    async def _deliveries(self) -> None:
        if self.subscription_id is None or self._dixa is None or not self._leader:
            return
        found: list[int] = []
        try:
            for event in MIRROR_EVENTS:
                for entry in await self._dixa.webhooks.delivery_logs(self.subscription_id, event):
                    if entry.delivery_detail.success:
                        continue
                    csid, key = _failed_delivery(entry.payload)
                    if csid is not None and key not in self._seen_failures:
                        self._seen_failures.add(key)
                        found.append(csid)
        except DixaError as exc:
            if isinstance(exc, AuthenticationError):
                raise
            self.stats.errors += 1
            self._note(f"delivery-log check failed ({type(exc).__name__}); next one later")
        if found:
            await self.dirty.mark(found)
            self.stats.failed_deliveries += len(found)
            self._note(f"{len(found)} failed deliveries in the delivery logs: marked dirty")
            self._wake.set()

    # ------------------------------------------------------------------ merging

    async def _merge_loop(self, dixa: DixaClient) -> None:
        shared = not isinstance(self.dirty, LocalDirtySet)
        self._wake.set()  # marks a previous run left are merged first
        while not self._stopping.is_set():
            if not shared:
                await self._wake.wait()
            else:
                await self._pause(1.0, self._wake)  # other processes mark the set
            self._wake.clear()
            if self._stopping.is_set() or not self._leader:
                continue
            if not await self.dirty.count():
                continue
            if await self._pause(self.batch_delay):
                return
            marks = await self.dirty.pending(_BATCH)
            try:
                await self._merge(dixa, marks)
            except AuthenticationError:
                raise
            except Exception as exc:
                # Dixa or the database unavailable (a DuckDB file a reader holds, ...): the
                # marks stay, the merge is tried again.
                self.stats.errors += 1
                self._note(f"merge failed ({type(exc).__name__}: {exc}); retrying")
                if await self._pause(_RETRY_SECONDS):
                    return
            if await self.dirty.count():
                self._wake.set()

    async def _merge(self, dixa: DixaClient, marks: list[Mark]) -> None:
        async with self._writer:
            if self._stopping.is_set():
                return
            started = time.monotonic()
            # Cancelled here by stop(): nothing was written, the marks stay.
            changes = await fetch_changes(dixa, [m.csid for m in marks])
            self._commit = asyncio.create_task(self._write(changes, marks, started))
            # Shielded: once writing, the merge finishes (and clears) even when stopped.
            await asyncio.shield(self._commit)

    async def _write(self, changes: Changes, marks: list[Mark], started: float) -> None:
        opened = open_pipeline(
            duckdb=self._load_options["duckdb"],
            destination=self._load_options["destination"],
            dataset=self._load_options["dataset"],
            pipelines_dir=self._load_options["pipelines_dir"],
        )
        await asyncio.to_thread(merge_changes, opened, changes)
        committed_ms = now_ms()
        done = [m for m in marks if m.csid not in changes.missing]
        for mark in marks:
            if mark.csid in changes.missing:
                tries = self._missing.get(mark.csid, 0) + 1
                if tries >= _MISSING_ATTEMPTS:
                    done.append(mark)
                    self._missing.pop(mark.csid, None)
                else:
                    self._missing[mark.csid] = tries
        await self.dirty.clear(done)
        merged = [m for m in marks if m.csid not in changes.missing]
        self.stats.merges += 1
        self.stats.merged += len(merged)
        lag = (committed_ms - min(m.first_ms for m in marks)) / 1000 if marks else 0.0
        self.stats.last_lag = lag
        report = MergeReport(
            csids=tuple(m.csid for m in merged),
            conversations=len(changes.conversations),
            messages=len(changes.messages),
            missing=changes.missing,
            requests=changes.requests,
            seconds=time.monotonic() - started,
            lag_seconds=lag,
            dirty=await self.dirty.count(),
            events=self.stats.events,
            merged_total=self.stats.merged,
        )
        if self.on_merge is not None:
            self.on_merge(report)


def _failed_delivery(payload: str) -> tuple[int | None, str]:
    """The conversation and event id of a delivered payload (None: not a conversation's)."""
    try:
        data = json.loads(payload)
    except ValueError:
        return None, payload
    if not isinstance(data, dict):
        return None, payload
    inner = data.get("data")
    conversation = inner.get("conversation") if isinstance(inner, dict) else None
    csid = conversation.get("csid") if isinstance(conversation, dict) else None
    key = str(data.get("event_id") or payload)
    if isinstance(csid, bool) or not isinstance(csid, int):
        return None, key
    return csid, key
