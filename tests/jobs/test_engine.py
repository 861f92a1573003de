"""The job engine against an in-memory client: outcomes, resumption, safety rails."""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from dixa_async.jobs import JobReport, OutcomeStatus, Progress, Task, TokenPool, run_job

from dixa_async import (
    APIConnectionError,
    JobError,
    NotFoundError,
    OperationNotAllowedError,
    ServerError,
)


@dataclass
class Stats:
    requests: int = 0
    rate_limited: int = 0


@dataclass
class MemoryClient:
    """Stands in for DixaClient: applies writes to `applied`, fails on chosen keys."""

    applied: Counter[int] = field(default_factory=Counter)
    fail: dict[int, Exception] = field(default_factory=dict)
    stats: Stats = field(default_factory=Stats)
    calls: list[int] = field(default_factory=list)

    async def write(self, item: int) -> None:
        self.stats.requests += 1
        self.calls.append(item)
        await asyncio.sleep(0)
        error = self.fail.get(item)
        if isinstance(error, ServerError | APIConnectionError):
            self.applied[item] += 1  # processed, then the answer was lost
        if error is not None:
            raise error
        self.applied[item] += 1


async def write(client: MemoryClient, item: int) -> None:
    await client.write(item)


def server_error() -> ServerError:
    return ServerError("boom", status_code=500, method="POST", path="/v1/x")


def not_found() -> NotFoundError:
    return NotFoundError("gone", status_code=404, method="POST", path="/v1/x")


def dropped() -> APIConnectionError:
    error = APIConnectionError("connection reset")
    error.__cause__ = httpx.ReadError("reset")
    return error


def refused() -> APIConnectionError:
    error = APIConnectionError("connection refused")
    error.__cause__ = httpx.ConnectError("refused")
    return error


async def test_every_item_gets_one_outcome_and_failures_are_typed() -> None:
    client = MemoryClient(fail={3: not_found(), 5: server_error(), 7: dropped(), 9: refused()})
    report = await run_job(client, range(20), write, concurrency=4)
    assert (report.total, report.succeeded, report.failed) == (20, 16, 4)
    by_key = {o.key: o for o in report.outcomes}
    assert len(by_key) == 20
    assert isinstance(by_key["3"].error, NotFoundError)
    assert not by_key["3"].in_doubt
    assert by_key["5"].in_doubt
    assert by_key["7"].in_doubt
    assert not by_key["9"].in_doubt
    assert report.in_doubt == 2
    # Never re-sent by the engine, whatever the error.
    assert sorted(client.calls) == list(range(20))
    assert report.requests == 20


async def test_repeated_keys_run_once() -> None:
    client = MemoryClient()
    report = await run_job(client, [1, 2, 1, 3, 2], write)
    assert sorted(client.calls) == [1, 2, 3]
    assert (report.succeeded, report.skipped) == (3, 2)


async def test_async_iterable_input_and_custom_key() -> None:
    async def rows() -> object:
        for i in range(5):
            yield {"id": i}

    client = MemoryClient()

    async def op(c: MemoryClient, row: dict[str, int]) -> None:
        await c.write(row["id"])

    report = await run_job(client, rows(), op, key=lambda row: row["id"])  # type: ignore[arg-type]
    assert report.succeeded == 5
    assert sorted(client.calls) == list(range(5))


async def test_items_without_a_natural_key_need_key() -> None:
    with pytest.raises(TypeError, match="key="):
        await run_job(MemoryClient(), [object()], write)  # type: ignore[arg-type]


async def test_destructive_needs_confirmation_but_dry_run_does_not() -> None:
    client = MemoryClient()
    erase = Task(fn=write, name="erase", destructive=True)
    with pytest.raises(OperationNotAllowedError, match="confirm=True"):
        await run_job(client, [1], erase)
    assert client.calls == []
    preview = await run_job(client, [1, 2], erase, dry_run=True)
    assert preview.dry_run == 2
    assert client.calls == []
    done = await run_job(client, [1], erase, confirm=True)
    assert done.succeeded == 1


async def test_dry_run_sends_nothing_and_writes_no_checkpoint(tmp_path: Path) -> None:
    ckpt = tmp_path / "job.jsonl"
    client = MemoryClient()
    report = await run_job(client, range(3), write, checkpoint=ckpt, dry_run=True)
    assert report.dry_run == 3
    assert client.calls == []
    assert not ckpt.exists()


async def test_rerun_skips_done_and_retries_clean_failures(tmp_path: Path) -> None:
    ckpt = tmp_path / "job.jsonl"
    client = MemoryClient(fail={2: not_found()})
    first = await run_job(client, range(5), write, checkpoint=ckpt)
    assert first.failed == 1
    client.fail.clear()
    second = await run_job(client, range(5), write, checkpoint=ckpt)
    assert (second.skipped, second.succeeded) == (4, 1)
    assert client.applied == Counter(range(5))


async def test_in_doubt_writes_are_not_replayed_without_verify(tmp_path: Path) -> None:
    ckpt = tmp_path / "job.jsonl"
    client = MemoryClient(fail={2: server_error()})
    await run_job(client, range(4), write, checkpoint=ckpt)
    client.fail.clear()
    again = await run_job(client, range(4), write, checkpoint=ckpt)
    outcome = next(o for o in again.outcomes if o.key == "2")
    assert outcome.status is OutcomeStatus.FAILED
    assert outcome.in_doubt
    assert isinstance(outcome.error, JobError)
    assert client.applied[2] == 1  # applied once by the lost request, never again


async def test_in_doubt_writes_are_verified_then_run_only_if_missing(tmp_path: Path) -> None:
    ckpt = tmp_path / "job.jsonl"
    client = MemoryClient(fail={2: server_error()})
    await run_job(client, range(4), write, checkpoint=ckpt)
    # Item 3 "crashed in flight": started on disk, no outcome, never applied.
    ckpt.write_text(ckpt.read_text() + json.dumps({"key": "9", "event": "started"}) + "\n")
    client.fail.clear()

    async def verify(c: MemoryClient, item: int) -> bool:
        return c.applied[item] > 0

    op = Task(fn=write, name="operation", verify=verify)
    again = await run_job(client, [*range(4), 9], op, checkpoint=ckpt)
    assert again.failed == 0
    notes = {o.key: o.note for o in again.outcomes}
    assert notes["2"] == "verified from an earlier run"
    assert client.applied == Counter({0: 1, 1: 1, 2: 1, 3: 1, 9: 1})


async def test_idempotent_in_doubt_items_simply_run_again(tmp_path: Path) -> None:
    ckpt = tmp_path / "job.jsonl"
    client = MemoryClient(fail={1: dropped()})
    op = Task(fn=write, name="put", idempotent=True)
    await run_job(client, range(3), op, checkpoint=ckpt)
    client.fail.clear()
    again = await run_job(client, range(3), op, checkpoint=ckpt)
    assert (again.succeeded, again.skipped) == (1, 2)


async def test_checkpoint_of_another_job_is_refused(tmp_path: Path) -> None:
    ckpt = tmp_path / "job.jsonl"
    await run_job(MemoryClient(), [1], Task(fn=write, name="a"), checkpoint=ckpt)
    with pytest.raises(JobError, match="belongs to job 'a'"):
        await run_job(MemoryClient(), [1], Task(fn=write, name="b"), checkpoint=ckpt)


async def test_cancelled_job_resumes_with_each_item_applied_once(tmp_path: Path) -> None:
    ckpt = tmp_path / "job.jsonl"
    client = MemoryClient()
    gate = asyncio.Event()

    async def slow_write(c: MemoryClient, item: int) -> None:
        if item >= 50:
            await gate.wait()  # "in flight" when the job is cancelled
        await c.write(item)

    async def verify(c: MemoryClient, item: int) -> bool:
        return c.applied[item] > 0

    op = Task(fn=slow_write, name="w", verify=verify)
    half_done = asyncio.Event()

    def watch(progress: Progress) -> None:
        if progress.done >= 50:
            half_done.set()

    task = asyncio.create_task(run_job(client, range(100), op, checkpoint=ckpt, on_progress=watch))
    await half_done.wait()
    for _ in range(10):
        await asyncio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert sum(client.applied.values()) == 50
    gate.set()
    report = await run_job(client, range(100), op, checkpoint=ckpt)
    assert (report.skipped, report.succeeded, report.failed) == (50, 50, 0)
    assert client.applied == Counter(range(100))


async def test_pool_spreads_work_over_every_client() -> None:
    clients = [MemoryClient() for _ in range(3)]
    report = await run_job(TokenPool(clients), range(90), write, concurrency=2)
    assert report.succeeded == 90
    assert all(c.calls for c in clients)
    assert sorted(i for c in clients for i in c.calls) == list(range(90))
    assert report.requests == 90


async def test_progress_is_reported_after_every_outcome() -> None:
    seen: list[Progress] = []
    client = MemoryClient(fail={1: not_found()})
    report: JobReport = await run_job(client, range(4), write, on_progress=seen.append)
    assert len(seen) == 4
    assert seen[-1].done == 3
    assert seen[-1].failed == 1
    assert seen[-1].total == 4
    assert seen[-1].requests == 4
    assert report.rate > 0


async def test_a_torn_last_checkpoint_line_is_ignored_and_earlier_corruption_refused(
    tmp_path: Path,
) -> None:
    ckpt = tmp_path / "job.jsonl"
    client = MemoryClient()
    await run_job(client, range(3), write, checkpoint=ckpt)
    ckpt.write_text(ckpt.read_text() + '{"key": "7", "ev')  # crash mid-write
    again = await run_job(client, range(4), write, checkpoint=ckpt)
    assert (again.skipped, again.succeeded) == (3, 1)
    assert client.applied == Counter(range(4))
    ckpt.write_text("not json\n" + ckpt.read_text())
    with pytest.raises(JobError, match="corrupt at line 1"):
        await run_job(client, range(4), write, checkpoint=ckpt)
