"""A record is in doubt only if its request may have left the process (issue 18, cases 6 and
7): records refused before sending are `failed` and retried by a re-run; records queued or
waiting for the rate limiter (alone or in a batch) are not marked `started`, so resuming
them costs one request per request they need."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from dixa_async.bulk import ResultStatus, run_bulk
from dixa_async.jobs import Checkpoint, KeyState, Task, run_job
from dixa_async.testing import FakeDixa

from dixa_async import DixaClient, RateLimit
from dixa_async.models import CreateInternalNoteInput


def _events(path: Path) -> list[dict[str, Any]]:
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if "kind" not in line]


def _client(fake: FakeDixa, rate_limit: RateLimit | None = None) -> DixaClient:
    return DixaClient(
        "sent-or-not",
        base_url="http://fake-dixa",
        transport=httpx.ASGITransport(app=fake),
        rate_limit=rate_limit,
    )


async def test_records_refused_before_sending_are_failed_and_a_rerun_retries_them(
    fake_dixa: FakeDixa, tmp_path: Path
) -> None:
    cid = sorted(fake_dixa.store.conversations)[50]
    user = next(iter(fake_dixa.store.end_users))
    checkpoint = tmp_path / "refused.ckpt"
    notes = [
        {"conversation_id": cid, "message": "lone \ud800 surrogate"},
        {"conversation_id": cid, "message": "fine"},
    ]
    patches = [{"user_id": "x" * 1100, "displayName": "Too long"}]
    async with _client(fake_dixa) as dixa:
        first = await run_bulk(dixa, "internal_notes.create", notes, checkpoint=checkpoint)
        assert [r.status for r in first.results] == [ResultStatus.FAILED, ResultStatus.OK]
        assert "lone surrogate" in str(first.results[0].error)
        # Refused alone, before the batch: the other note went out.
        too_long = tmp_path / "too-long.ckpt"
        patched = await run_bulk(dixa, "end_users.patch", patches, checkpoint=too_long, batch=False)
        assert patched.results[0].status is ResultStatus.FAILED
        assert patched.in_doubt == 0
        assert patched.results[0].error is not None
        assert patched.results[0].error["type"] == "InvalidRequestError"
        # The checkpoint says it failed without effect, and never that it was started.
        assert [e["event"] for e in _events(too_long)] == ["failed"]
        assert _events(too_long)[0]["in_doubt"] is False
        # Run again as it is: retried (and refused again), not left alone as in doubt.
        again = await run_bulk(dixa, "end_users.patch", patches, checkpoint=too_long, batch=False)
        assert again.results[0].status is ResultStatus.FAILED
        assert again.in_doubt == 0
        # Fixed: the records go out, once.
        notes[0] = {"conversation_id": cid, "message": "lone surrogate, fixed"}
        fixed = await run_bulk(dixa, "internal_notes.create", notes, checkpoint=checkpoint)
        assert [r.status for r in fixed.results] == [ResultStatus.OK, ResultStatus.SKIPPED]
        patches[0]["user_id"] = user
        done = await run_bulk(dixa, "end_users.patch", patches, checkpoint=too_long, batch=False)
        assert done.results[0].status is ResultStatus.OK
    messages = [n["message"] for n in fake_dixa.store.notes_of(fake_dixa.store.conversation(cid))]
    assert messages.count("fine") == 1
    assert messages.count("lone surrogate, fixed") == 1
    assert fake_dixa.store.end_users[user]["displayName"] == "Too long"


async def test_run_job_with_started_on_send_knows_a_request_that_never_left(
    fake_dixa: FakeDixa, tmp_path: Path
) -> None:
    cid = sorted(fake_dixa.store.conversations)[51]

    async def add(dixa: DixaClient, text: str) -> None:
        await dixa.internal_notes.create(cid, body=CreateInternalNoteInput(message=text))

    checkpoint = tmp_path / "job.ckpt"
    task = Task(add, name="notes", started_on_send=True)
    async with _client(fake_dixa) as dixa:
        report = await run_job(dixa, ["ok", "bad \udfff"], task, checkpoint=checkpoint)
    assert report.succeeded == 1
    (failure,) = report.failures
    assert failure.in_doubt is False  # the body could not even be encoded
    events = [(e["key"], e["event"]) for e in _events(checkpoint)]
    assert events.count(("bad \udfff", "started")) == 0
    assert ("ok", "started") in events
    with Checkpoint(checkpoint, job="notes") as reread:
        prior = reread.prior("bad \udfff")
        assert prior is not None
        assert prior[0] is KeyState.RETRY


async def test_batched_records_waiting_for_the_limiter_are_not_started(
    tmp_path: Path,
) -> None:
    fake = FakeDixa(conversations=10, rate_limit=None)
    users = [{"displayName": f"Paced {i}", "email": f"paced{i}@example.com"} for i in range(20)]
    checkpoint = tmp_path / "paced.ckpt"
    # One request at once, then one per 2 s: the second batch waits for the limiter.
    slow = RateLimit(per_second=0.5, burst=1, headroom=0)
    first_batch = asyncio.Event()
    async with _client(fake, slow) as dixa:
        job = asyncio.create_task(
            run_bulk(
                dixa, "end_users.create", users, batch_size=5, concurrency=1,
                checkpoint=checkpoint, on_result=lambda result: first_batch.set(),
            )
        )  # fmt: skip
        await first_batch.wait()
        await asyncio.sleep(0.5)  # the next batch is now waiting for the limiter
        job.cancel()
        with pytest.raises(asyncio.CancelledError):
            await job
    events = _events(checkpoint)
    started = {e["key"] for e in events if e["event"] == "started"}
    done = {e["key"] for e in events if e["event"] == "ok"}
    assert len(done) in (5, 10, 15)
    assert started == done  # the waiting batch was never marked: it never left
    created = sum(
        1 for u in fake.store.end_users.values() if str(u.get("email", "")).startswith("paced")
    )
    assert created == len(done)
    unsent = len(users) - len(done)

    async with _client(fake) as dixa:
        before = fake.stats["sent-or-not"].requests
        rerun = await run_bulk(dixa, "end_users.create", users, batch_size=5, checkpoint=checkpoint)
        spent = fake.stats["sent-or-not"].requests - before
    assert (rerun.skipped, rerun.succeeded, rerun.in_doubt) == (len(done), unsent, 0)
    assert spent == unsent // 5  # one bulk request per 5 unsent records: nothing looked up
    emails = [u.get("email") for u in fake.store.end_users.values()]
    assert all(emails.count(f"paced{i}@example.com") == 1 for i in range(20))
