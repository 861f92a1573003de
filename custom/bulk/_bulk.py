"""`run_bulk`: any write operation of the API over many records, one result per record.

    report = await run_bulk(dixa, "end_users.create", [
        {"displayName": "Ada", "email": "ada@example.com"},
        {"displayName": "Bob", "email": "bob@example.com"},
    ], results="created.jsonl")
    new_ids = [r.response["id"] for r in report.results if isinstance(r.response, dict)]

Records are checked against the operation's generated request types before anything is
sent; one that does not fit fails alone (`RecordError`, naming the line and the field).
The rest run through the job engine (`run_job`), so pacing, the retry policy, the
checkpoint and the exactly-one-outcome rule are those of every job. Where Dixa has a bulk
endpoint doing the same (end users and agents: create, update, patch; internal notes per
conversation; conversation tags), records are batched into it (`batch=False` turns it off).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import os
from collections.abc import AsyncIterator, Callable, Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dixa_async._core._errors import OperationNotAllowedError
from dixa_async._core._pool import TokenPool
from dixa_async.jobs._checkpoint import Checkpoint
from dixa_async.jobs._engine import JobReport, Outcome, OutcomeStatus, Progress, Task, run_job
from dixa_async.jobs._settle import CLOCK_SKEW, Context

from ._batch import Batcher, Plan, plan_for
from ._calls import call_one
from ._keys import Key, Keys, scheme
from ._records import Record, RecordError, Request, prepare
from ._results import JsonResponse, RecordResult, ResultsFile, ResultStatus, error_json, job_id
from ._settle import identity_of, settle_read
from ._writes import WriteOperation, write_operation, write_operations

__all__ = ["BulkReport", "run_bulk"]


@dataclass(frozen=True)
class BulkReport(JobReport):
    """A `JobReport` with one `RecordResult` per input record (in input order).

    The counts cover every record: `failed` includes records refused before sending
    (`invalid` of them), `skipped` repeated keys.
    """

    operation: str = ""
    results: tuple[RecordResult, ...] = ()
    invalid: int = 0
    batched: bool = False
    batch_size: int | None = None
    results_path: Path | None = None


def _records(records: Iterable[Mapping[str, Any] | Record]) -> Iterator[Record]:
    for position, record in enumerate(records, start=1):
        if isinstance(record, Record):
            yield record
        elif isinstance(record, Mapping):
            yield Record(position, record)
        else:
            raise TypeError(
                f"record {position} is a {type(record).__name__}: records are mappings "
                "(one operation call each) or Record objects"
            )


def _plan(spec: WriteOperation, batch: bool, batch_size: int | None) -> Plan | None:
    if not batch or spec.batched_by is None:
        return None
    return plan_for(spec, write_operations()[spec.batched_by], size=batch_size)


async def run_bulk(
    client: Any,
    operation: str,
    records: Iterable[Mapping[str, Any] | Record],
    *,
    batch: bool = True,
    batch_size: int | None = None,
    results: str | os.PathLike[str] | None = None,
    overwrite_results: bool = False,
    checkpoint: str | os.PathLike[str] | Checkpoint | None = None,
    key: Key = None,
    name: str | None = None,
    concurrency: int = 8,
    dry_run: bool = False,
    confirm: bool = False,
    on_progress: Callable[[Progress], object] | None = None,
    on_result: Callable[[RecordResult], object] | None = None,
    clock_skew: float = CLOCK_SKEW,
) -> BulkReport:
    """Run the write operation `operation` (`"end_users.create"`) once per record.

    Args:
        client: a `DixaClient`, or a `TokenPool` of them.
        operation: the qualified name of any write operation (see `write_operations()`).
        records: mappings in Dixa's shape - the request body's camelCase fields (or the
            whole body under `"body"`) plus the path and query parameters under the
            method's parameter names (`conversation_id`, `user_id`, `force`) - or
            `Record`s (with their file line, and `text=True` for CSV values).
        batch: use Dixa's bulk endpoint for the operation where there is one.
        batch_size: records per bulk request (default: Dixa's documented maximum, or 100
            where it documents none; never above a documented maximum).
        results: JSON-lines file receiving one result per record (see `RecordResult`);
            with a checkpoint, the `ok` results of an earlier run are kept. A non-empty
            file another job wrote is refused (see `overwrite_results`).
        overwrite_results: overwrite a results file another job wrote (one with another
            operation or checkpoint, or any earlier file when there is no checkpoint).
        checkpoint: as for `run_job`: a re-run skips what is done and never replays a
            non-idempotent write that may have landed: where a read can settle it
            (`Operation.settled_by`: notes, end users; see `_settle`) it is looked up and
            ends `ok` (found) or is sent (not found), otherwise it stays `in_doubt`. An
            open `Checkpoint` (holding its lock) may be passed; it stays the caller's to
            close.
        key: what identifies a record in the checkpoint: its content (default: a
            fingerprint of the request it makes, `#2`, `#3` for repeats; see `_keys`), a
            field name, or a function of the record. The checkpoint records which; one made
            another way (or by an earlier version keying records by line) is refused.
        name: the job's name in the checkpoint (default: the operation's qualified name).
        concurrency: requests in flight per client.
        dry_run: check every record and send nothing (no results file is written).
        confirm: required for destructive operations (anonymise, delete).
        on_result: called with each `RecordResult` as it is decided.
        clock_skew: seconds by which this machine's clock and Dixa's may differ: a record
            in doubt is settled only by an entity Dixa stamped more than this after the
            record was started; one stamped within it leaves the record in doubt.

    Raises:
        ConfigurationError: `operation` is not a write operation.
        OperationNotAllowedError: a destructive operation without `confirm=True`.
        JobError: the checkpoint or the results file cannot be used (in use by another
            job, damaged, unwritable) - raised before anything is sent.
    """
    spec = write_operation(operation)
    if spec.destructive and not confirm and not dry_run:
        raise OperationNotAllowedError(
            f"{spec.name} is destructive (irreversible): pass confirm=True to run it"
        )
    if concurrency < 1:
        raise ValueError("concurrency must be >= 1")
    if batch_size is not None and batch_size < 1:
        raise ValueError("batch_size must be >= 1")
    if not clock_skew >= 0:
        raise ValueError("clock_skew must be a number of seconds >= 0")
    clients = client.clients if isinstance(client, TokenPool) else (client,)
    plan = _plan(spec, batch, batch_size)

    run = _Run(spec, key, on_result)
    job_name = name or spec.name
    if isinstance(checkpoint, Checkpoint):
        job_name = checkpoint.job or job_name
    results_file = (
        ResultsFile(
            results,
            job=job_id(job_name, checkpoint),
            resumable=checkpoint is not None,
            overwrite=overwrite_results,
        )
        if results is not None and not dry_run
        else None
    )
    ckpt: Checkpoint | str | os.PathLike[str] | None = checkpoint
    opened: Checkpoint | None = None
    try:
        if results_file is not None:
            results_file.check()
        if checkpoint is not None and not isinstance(checkpoint, Checkpoint) and not dry_run:
            # Locked now, so that nothing (not even a look-up) is sent for a job that
            # cannot record its progress.
            opened = Checkpoint(checkpoint, job=job_name, keys=scheme(key))
            opened.load()
            ckpt = opened
        elif isinstance(checkpoint, Checkpoint):
            if checkpoint.is_open:
                checkpoint.bind_keys(scheme(key))
            else:
                checkpoint.keys = scheme(key)  # checked when the engine loads it
        elif checkpoint is not None:  # a dry run: read (and checked), never written
            ckpt = Checkpoint(checkpoint, job=job_name, keys=scheme(key))
        if results_file is not None:
            results_file.open(keep_earlier=checkpoint is not None)
            run.earlier = results_file.earlier
            run.file = results_file
        batcher: Batcher | None = None
        if plan is not None and not dry_run:
            await plan.setup(clients[0])
            batcher = Batcher(plan)

        settle = settle_read(spec.op.settled_by)
        serial = _OneAtATime(enabled=settle is not None)

        async def send(one: Any, request: Request) -> None:
            async with serial.hold(identity_of(request)):
                if batcher is not None and batcher.plan.accepts(request):
                    response = await batcher.submit(one, request)
                else:
                    response = await call_one(one, spec, request)
                run.responses[request.key] = response
                if settle is not None and isinstance(response, dict) and "id" in response:
                    run.claimed.add(str(response["id"]))

        async def look_up(one: Any, request: Request, started_at: float | None) -> bool:
            assert settle is not None
            async with serial.hold(identity_of(request)):
                found = await settle(one, request, Context(started_at, run.claimed, clock_skew))
                if found is None:
                    return False  # not in Dixa: sent again
                run.claimed.add(found.id)
                run.responses[request.key] = found.response
                return True

        job = await run_job(
            client,
            run.requests(_records(records)),
            Task(
                send,
                name=job_name,
                idempotent=spec.idempotent,
                destructive=spec.destructive,
                settle=look_up if settle is not None else None,
                started_on_send=True,
            ),
            key=lambda request: request.key,
            # Enough records in flight to fill `concurrency` bulk requests at once.
            concurrency=concurrency * (plan.size if batcher is not None and plan else 1),
            checkpoint=ckpt,
            dry_run=dry_run,
            confirm=confirm,
            on_progress=run.progress(on_progress),
            on_outcome=run.outcome,
            keep_outcomes=False,
        )
    finally:
        if opened is not None:
            opened.close()
        if results_file is not None:
            results_file.close(run.results.values() if run.complete else None)
    return run.report(job, plan if batcher is not None else None, results_file)


class _OneAtATime:
    """Runs the sends and look-ups of records sharing an identity (`identity_of`) one at a
    time, so that a look-up never sees a sibling's write in flight. Locks live only while
    used."""

    def __init__(self, *, enabled: bool) -> None:
        self._enabled = enabled
        self._locks: dict[Hashable, tuple[asyncio.Lock, int]] = {}

    @contextlib.asynccontextmanager
    async def hold(self, identity: Hashable) -> AsyncIterator[None]:
        if not self._enabled:
            yield
            return
        lock, users = self._locks.get(identity, (None, 0))
        lock = lock or asyncio.Lock()
        self._locks[identity] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            _, users = self._locks[identity]
            if users == 1:
                del self._locks[identity]
            else:
                self._locks[identity] = (lock, users - 1)


class _Run:
    """The per-record bookkeeping of one `run_bulk` call."""

    def __init__(self, spec: WriteOperation, key: Key, on_result: Callable[..., object] | None):
        self.spec = spec
        self.keys = Keys(key)
        self.on_result = on_result
        self.lines: dict[str, int] = {}
        self.responses: dict[str, JsonResponse] = {}
        self.results: dict[int, RecordResult] = {}
        self.refused: list[Outcome] = []
        self.repeated = 0
        self.earlier: dict[str, RecordResult] = {}
        self.claimed: set[str] = set()
        """Ids of entities this run created or settled a record with (see `_settle`)."""
        self.file: ResultsFile | None = None
        self.complete = False

    def add(self, result: RecordResult) -> None:
        self.results[result.line] = result
        if self.file is not None:
            self.file.write(result)
        if self.on_result is not None:
            self.on_result(result)

    def requests(self, records: Iterator[Record]) -> Iterator[Request]:
        """The records that fit, as requests; the others get their result right away."""
        for record in records:
            try:
                request = prepare(self.spec, record, "")
                key = self.keys.of(request, record)
                request = dataclasses.replace(request, key=key)
            except RecordError as exc:
                fallback = self.keys.refused(record)
                self.refused.append(Outcome(fallback, OutcomeStatus.FAILED, error=exc))
                self.add(
                    RecordResult(record.line, fallback, ResultStatus.FAILED, error=error_json(exc))
                )
                continue
            if key in self.lines:
                self.repeated += 1
                note = f"repeats the key of line {self.lines[key]}"
                self.add(RecordResult(record.line, key, ResultStatus.SKIPPED, note=note))
                continue
            self.lines[key] = record.line
            yield request
        self.complete = True

    def outcome(self, outcome: Outcome) -> None:
        line = self.lines[outcome.key]
        response = self.responses.pop(outcome.key, None)
        if outcome.status is OutcomeStatus.OK:
            result = RecordResult(
                line, outcome.key, ResultStatus.OK, response=response, note=outcome.note
            )
        elif outcome.status is OutcomeStatus.FAILED:
            status = ResultStatus.IN_DOUBT if outcome.in_doubt else ResultStatus.FAILED
            error = error_json(outcome.error)
            result = RecordResult(line, outcome.key, status, error=error, note=outcome.note)
        elif outcome.status is OutcomeStatus.DRY_RUN:
            result = RecordResult(line, outcome.key, ResultStatus.DRY_RUN)
        else:
            earlier = self.earlier.get(outcome.key)
            if earlier is not None:
                result = dataclasses.replace(earlier, line=line, note=outcome.note)
            else:
                result = RecordResult(line, outcome.key, ResultStatus.SKIPPED, note=outcome.note)
        self.add(result)

    def progress(
        self, on_progress: Callable[[Progress], object] | None
    ) -> Callable[[Progress], object] | None:
        if on_progress is None:
            return None

        def report(p: Progress) -> None:
            on_progress(
                dataclasses.replace(
                    p, failed=p.failed + len(self.refused), skipped=p.skipped + self.repeated
                )
            )

        return report

    def report(self, job: JobReport, plan: Plan | None, file: ResultsFile | None) -> BulkReport:
        fields = {f.name: getattr(job, f.name) for f in dataclasses.fields(JobReport)}
        refused = len(self.refused)
        fields.update(
            total=job.total + refused + self.repeated,
            failed=job.failed + refused,
            skipped=job.skipped + self.repeated,
            outcomes=tuple(self.refused) + job.outcomes,
        )
        return BulkReport(
            **fields,
            operation=self.spec.name,
            results=tuple(self.results[line] for line in sorted(self.results)),
            invalid=refused,
            batched=plan is not None,
            batch_size=plan.size if plan is not None else None,
            results_path=file.path if file is not None else None,
        )
