"""Run one operation over many items: bounded concurrency, paced by each client's limiter,
one outcome per item key, resumable through a checkpoint.

Exactly-once, as far as the network allows:

* The engine never re-sends an operation within a run. Whatever the client retries (429s,
  connection failures before sending, 5xx on idempotent methods) it retries by its own
  rules; everything else surfaces as the item's typed error.
* A failure is *in doubt* when Dixa may have acted on the request anyway: a 5xx, a
  connection dropped after sending, a timeout, or an unreadable 2xx body. Such an item is
  reported as failed with `in_doubt=True` and is not replayed on resume unless the
  operation is idempotent or can `verify` whether it took effect.
* A non-idempotent write is recorded as `started` on disk before it is sent, so an item a
  crash interrupted in flight is also *in doubt*, never silently re-sent. With
  `Task.started_on_send` (the task's writes go through a `DixaClient`) it is recorded at
  the last moment - when the client's transport is about to hand the request to the
  network - so an item that never got that far (queued, waiting for the rate limiter,
  refused by a local check) is not in doubt after a crash or a failure: resuming N unsent
  items costs N requests, and a request refused before it could leave is a plain failure.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterable, Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Generic, TypeVar

import httpx
from dixa_async._core._errors import (
    APIConnectionError,
    APIStatusError,
    DixaError,
    InvalidRequestError,
    JobError,
    OperationNotAllowedError,
)
from dixa_async._core._pool import TokenPool
from dixa_async._core._sending import SendHook, sending_as

from ._checkpoint import Checkpoint, KeyState
from ._files import WriteFailedError
from ._stats import RequestCounter
from ._target import target_of

__all__ = [
    "JobReport",
    "Outcome",
    "OutcomeStatus",
    "Progress",
    "Task",
    "run_job",
]

C = TypeVar("C")
I = TypeVar("I")  # noqa: E741 - the conventional name for "item"


@dataclass(frozen=True)
class Task(Generic[C, I]):
    """What a job does to one item, and what is safe to do again.

    Attributes:
        fn: `await fn(client, item)`; raising marks the item failed.
        name: shown in reports and stored in the checkpoint header.
        idempotent: doing it twice equals doing it once (PUT a tag, close): an item left in
            doubt by an earlier run is simply run again.
        destructive: irreversible (anonymise, delete); `run_job` refuses it unless
            `confirm=True`.
        verify: `await verify(client, item)` -> True if the effect is already in Dixa. Used
            on resume for items in doubt of a non-idempotent operation: verified ones count
            as done, the others run. It must only read; raising leaves the item in doubt.
        settle: as `verify`, also given when the item was last started (`await
            settle(client, item, started_at)`, seconds since the epoch by this machine's
            clock, None when the checkpoint does not say), so that it can tell this job's
            write from an older one. Used instead of `verify` when given. It raises when it
            cannot tell (the item stays in doubt).
        started_on_send: every write of `fn` goes through a `DixaClient` (any number of
            reads may come first). The item is then recorded `started` only when its first
            write request is about to leave (see the module docstring), and a failure before
            that is never in doubt.
    """

    fn: Callable[[C, I], Awaitable[object]]
    name: str = "operation"
    idempotent: bool = False
    destructive: bool = False
    verify: Callable[[C, I], Awaitable[bool]] | None = None
    settle: Callable[[C, I, float | None], Awaitable[bool]] | None = None
    started_on_send: bool = False

    @property
    def resolvable(self) -> bool:
        """Whether an item left in doubt can be looked up (`settle` or `verify`)."""
        return self.settle is not None or self.verify is not None

    async def look_up(self, client: C, item: I, started_at: float | None) -> bool:
        """Whether the item's effect is already in Dixa (`settle`, else `verify`)."""
        if self.settle is not None:
            return await self.settle(client, item, started_at)
        if self.verify is not None:
            return await self.verify(client, item)
        raise JobError(f"{self.name}: nothing can look up whether an item took effect")


class OutcomeStatus(StrEnum):
    OK = "ok"
    FAILED = "failed"
    SKIPPED = "skipped"
    """Done in an earlier run (per the checkpoint), or a repeated key in the input."""
    DRY_RUN = "dry_run"
    """Would have run; nothing was sent."""


@dataclass(frozen=True)
class Outcome:
    """The one outcome of one item key."""

    key: str
    status: OutcomeStatus
    error: DixaError | None = None
    in_doubt: bool = False
    """For failures: Dixa may have acted on the request anyway (see the module docstring)."""
    note: str = ""


@dataclass(frozen=True)
class Progress:
    """A snapshot passed to `on_progress` after every outcome."""

    done: int
    failed: int
    skipped: int
    total: int | None
    elapsed: float
    rate: float
    """Items finished (ok or failed) per second in this run."""
    requests: int | None
    rate_limited: int | None
    """429 answers received (retried by the client or not)."""


@dataclass(frozen=True)
class JobReport:
    """How a job ended. `outcomes` holds every item of this run unless `keep_outcomes=False`
    (failures are always kept); the checkpoint file, if any, has the full history."""

    name: str
    total: int
    succeeded: int
    failed: int
    in_doubt: int
    skipped: int
    dry_run: int
    elapsed: float
    requests: int | None
    rate_limited: int | None
    outcomes: tuple[Outcome, ...]
    checkpoint_path: Path | None

    @property
    def rate(self) -> float:
        """Items finished per second."""
        return (self.succeeded + self.failed) / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def request_rate(self) -> float | None:
        """Requests per second actually achieved (None if the clients keep no counts)."""
        if self.requests is None or self.elapsed <= 0:
            return None
        return self.requests / self.elapsed

    @property
    def failures(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.status is OutcomeStatus.FAILED)


def _default_key(item: object) -> str:
    if isinstance(item, str | int) and not isinstance(item, bool):
        return str(item)
    raise TypeError(f"pass key= to run_job: cannot derive a stable key from {type(item).__name__}")


_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def _in_doubt(error: BaseException) -> bool:
    explicit = getattr(error, "in_doubt", None)
    if isinstance(explicit, bool):
        # The error knows: a bulk item Dixa refused (False), an answer not matching its
        # request (True).
        return explicit
    if isinstance(error, InvalidRequestError):
        return False  # refused while the request was being built: nothing left
    if isinstance(error, APIStatusError):
        # 4xx (and 429) mean Dixa refused the request; a 5xx may come after processing.
        return error.status_code >= 500
    if isinstance(error, APIConnectionError):
        cause: BaseException | None = error
        while cause is not None:
            if isinstance(cause, _NOT_SENT):
                return False
            cause = cause.__cause__
        return True
    # An unreadable 2xx body, or an error raised by the caller's own code.
    return True


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"


@dataclass
class _Tally:
    name: str
    total: int | None
    keep: bool
    on_progress: Callable[[Progress], object] | None
    clients: tuple[object, ...]
    on_outcome: Callable[[Outcome], object] | None = None
    started: float = field(default_factory=time.monotonic)
    counts: dict[OutcomeStatus, int] = field(
        default_factory=lambda: dict.fromkeys(OutcomeStatus, 0)
    )
    in_doubt: int = 0
    outcomes: list[Outcome] = field(default_factory=list)
    counter: RequestCounter = field(init=False)

    def __post_init__(self) -> None:
        self.counter = RequestCounter(self.clients)

    def requests(self) -> tuple[int | None, int | None]:
        return self.counter.delta()

    def add(self, outcome: Outcome) -> None:
        self.counts[outcome.status] += 1
        self.in_doubt += outcome.in_doubt
        if self.keep or outcome.status is OutcomeStatus.FAILED:
            self.outcomes.append(outcome)
        if self.on_outcome is not None:
            self.on_outcome(outcome)
        if self.on_progress is not None:
            elapsed = time.monotonic() - self.started
            finished = self.counts[OutcomeStatus.OK] + self.counts[OutcomeStatus.FAILED]
            requests, limited = self.requests()
            self.on_progress(
                Progress(
                    done=self.counts[OutcomeStatus.OK],
                    failed=self.counts[OutcomeStatus.FAILED],
                    skipped=self.counts[OutcomeStatus.SKIPPED],
                    total=self.total,
                    elapsed=elapsed,
                    rate=finished / elapsed if elapsed > 0 else 0.0,
                    requests=requests,
                    rate_limited=limited,
                )
            )

    def report(self, checkpoint: Path | None) -> JobReport:
        requests, limited = self.requests()
        return JobReport(
            name=self.name,
            total=sum(self.counts.values()),
            succeeded=self.counts[OutcomeStatus.OK],
            failed=self.counts[OutcomeStatus.FAILED],
            in_doubt=self.in_doubt,
            skipped=self.counts[OutcomeStatus.SKIPPED],
            dry_run=self.counts[OutcomeStatus.DRY_RUN],
            elapsed=time.monotonic() - self.started,
            requests=requests,
            rate_limited=limited,
            outcomes=tuple(self.outcomes),
            checkpoint_path=checkpoint,
        )


async def _iterate(items: Iterable[I] | AsyncIterable[I]) -> AsyncIterable[I]:
    if isinstance(items, AsyncIterable):
        async for item in items:
            yield item
    else:
        for item in items:
            yield item


@dataclass(frozen=True)
class _Work(Generic[I]):
    key: str
    item: I
    verify_first: bool


async def run_job(
    client: C | TokenPool[C],
    items: Iterable[I] | AsyncIterable[I],
    task: Task[C, I] | Callable[[C, I], Awaitable[object]],
    *,
    key: Callable[[I], str | int] = _default_key,
    concurrency: int = 8,
    checkpoint: str | os.PathLike[str] | Checkpoint | None = None,
    dry_run: bool = False,
    confirm: bool = False,
    on_progress: Callable[[Progress], object] | None = None,
    on_outcome: Callable[[Outcome], object] | None = None,
    keep_outcomes: bool = True,
    fsync_every: int = 64,
) -> JobReport:
    """Apply `task` to every item and report one outcome per distinct item key.

    Args:
        client: one client, or a `TokenPool` of clients (one per token; the items are
            spread over them).
        items: any iterable or async iterable; it is consumed lazily (memory stays flat
            apart from the set of keys seen).
        task: a `Task`, or a bare `async fn(client, item)` (then treated as a
            non-idempotent, non-destructive write).
        key: a stable key per item (default: the item itself, for str/int items).
        concurrency: operations in flight *per client*. Requests are paced by each client's
            rate limiter whatever this is; it only needs to cover the latency.
        checkpoint: JSONL file recording outcomes. On a re-run with the same file, items done
            earlier are skipped, items that failed without effect run again, and items in
            doubt are run (idempotent operation), verified (`Task.verify`), or reported
            failed with `in_doubt=True` and left alone. The file is locked for the
            job's lifetime: a second job on it is refused. Pass an open `Checkpoint` to hold
            the lock from earlier on (the caller then closes it).
        dry_run: send nothing, write no checkpoint; report what would run.
        confirm: required for a destructive operation (unless `dry_run`).
        on_progress: called with a `Progress` after every outcome.
        on_outcome: called with every `Outcome` as it is decided (before `on_progress`).

    Raises:
        OperationNotAllowedError: a destructive operation without `confirm=True`.
        JobError: before anything is sent, when the checkpoint is in use by another running
            job, belongs to another job or was made against another Dixa (base URL and
            token fingerprint, both named), is corrupt (with the line number and field), or
            cannot be written (missing or read-only folder); during the run, when the
            checkpoint cannot be written (the disk is full: it then holds complete records
            only, as after a kill, and a re-run resumes).
        asyncio.CancelledError / KeyboardInterrupt: propagated after the checkpoint is
            flushed, so a re-run resumes where this one stopped.
    """
    op = task if isinstance(task, Task) else Task(fn=task)
    clients: tuple[C, ...] = client.clients if isinstance(client, TokenPool) else (client,)
    if concurrency < 1:
        raise ValueError("concurrency must be >= 1")
    if op.destructive and not confirm and not dry_run:
        raise OperationNotAllowedError(
            f"{op.name} is destructive (irreversible): pass confirm=True to run it"
        )

    total = len(items) if isinstance(items, list | tuple | set | frozenset | range) else None
    tally = _Tally(op.name, total, keep_outcomes, on_progress, tuple(clients), on_outcome)
    ckpt: Checkpoint | None = None
    owns_ckpt = False
    if isinstance(checkpoint, Checkpoint):
        ckpt = checkpoint
        if ckpt.job not in (None, op.name):
            raise JobError(f"checkpoint {ckpt.path} is for job {ckpt.job!r}, not {op.name!r}")
    elif checkpoint is not None:
        ckpt = Checkpoint(checkpoint, job=op.name, fsync_every=fsync_every)
    if ckpt is not None:
        target = target_of(clients)
        if not ckpt.is_open:
            ckpt.target = ckpt.target or target
            ckpt.load(write=not dry_run)  # a dry run reads what is done but writes nothing
            owns_ckpt = True
        try:
            ckpt.bind(target)  # another Dixa than the checkpoint's: refused before sending
        except BaseException:
            if owns_ckpt:
                ckpt.close()
            raise

    queue: asyncio.Queue[_Work[I] | None] = asyncio.Queue(maxsize=2 * concurrency * len(clients))

    async def produce() -> None:
        seen: set[str] = set()
        async for item in _iterate(items):
            k = str(key(item))
            if k in seen:
                tally.add(Outcome(k, OutcomeStatus.SKIPPED, note="repeated key in the input"))
                continue
            seen.add(k)
            prior = ckpt.prior(k) if ckpt is not None else None
            verify_first = False
            if prior is not None and prior[0] is KeyState.DONE:
                tally.add(Outcome(k, OutcomeStatus.SKIPPED, note="done in an earlier run"))
                continue
            if prior is not None and prior[0] is KeyState.IN_DOUBT and not op.idempotent:
                if not op.resolvable:
                    error = JobError(f"in doubt after an earlier run ({prior[1]}); not replayed")
                    tally.add(
                        Outcome(
                            k,
                            OutcomeStatus.FAILED,
                            error=error,
                            in_doubt=True,
                            note="in doubt: pass Task.verify to resolve",
                        )
                    )
                    continue
                verify_first = True
            if dry_run:
                tally.add(Outcome(k, OutcomeStatus.DRY_RUN))
                continue
            await queue.put(_Work(k, item, verify_first))
        for _ in range(concurrency * len(clients)):
            await queue.put(None)

    async def execute(c: C, work: _Work[I]) -> Outcome:
        if work.verify_first and op.resolvable:
            started_at = ckpt.started_at(work.key) if ckpt is not None else None
            try:
                applied = await op.look_up(c, work.item, started_at)
            except WriteFailedError:
                raise
            except Exception as exc:
                # Cannot tell: keep it in doubt rather than risk a second write.
                return _failure(work.key, exc, in_doubt=True, note="verify failed")
            if applied:
                return Outcome(work.key, OutcomeStatus.OK, note="verified from an earlier run")
        records = ckpt is not None and not op.idempotent
        hook: SendHook | None = None
        if op.started_on_send:
            key = work.key

            async def mark() -> None:
                if records and ckpt is not None:
                    await ckpt.started(key)

            hook = SendHook(mark)
        elif records and ckpt is not None:
            await ckpt.started(work.key)
        try:
            with sending_as(hook):
                await op.fn(c, work.item)
        except WriteFailedError:
            raise  # the job's own files cannot be written: the job stops, not one item
        except Exception as exc:
            # With a send hook, a write that never reached the network cannot have landed.
            sent = hook is None or hook.fired
            return _failure(work.key, exc, in_doubt=sent and _in_doubt(exc))
        return Outcome(work.key, OutcomeStatus.OK)

    async def worker(c: C) -> None:
        while (work := await queue.get()) is not None:
            outcome = await execute(c, work)
            # Recorded before anything else can fail or yield to a cancellation.
            if ckpt is not None:
                ckpt.finished(
                    outcome.key,
                    ok=outcome.status is OutcomeStatus.OK,
                    in_doubt=outcome.in_doubt,
                    error=None if outcome.error is None else _describe(outcome.error),
                )
            tally.add(outcome)
            if ckpt is not None:
                await ckpt.sync_if_due()
            # Let the other workers (and tokens) take the next items even when an
            # operation completed without ever suspending.
            await asyncio.sleep(0)

    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(produce())
            for c in clients:
                for _ in range(concurrency):
                    group.create_task(worker(c))
    except BaseExceptionGroup as group:
        # Typically one error (the input iterator or a progress callback raised, and the
        # rest was cancelled): raise it as itself rather than wrapped in a group.
        if len(group.exceptions) == 1:
            raise group.exceptions[0] from None
        # A full disk stops every worker at once: report it once, in one line.
        failed = [e for e in group.exceptions if isinstance(e, WriteFailedError)]
        if failed:
            raise failed[0] from None
        raise
    finally:
        if ckpt is not None and owns_ckpt:
            ckpt.close()
    return tally.report(ckpt.path if ckpt is not None else None)


def _failure(key: str, exc: Exception, *, in_doubt: bool, note: str = "") -> Outcome:
    error = exc if isinstance(exc, DixaError) else JobError(_describe(exc))
    if error is not exc:
        error.__cause__ = exc
    return Outcome(key, OutcomeStatus.FAILED, error=error, in_doubt=in_doubt, note=note)
