"""`sync`: the first run loads everything from `since`, later runs exactly what changed
through v1 since, with an overlap that catches late writes and de-duplication that keeps
the overlap from delivering anything twice; the state file survives cancellation."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from dixa_async.testing import FakeDixa
from dixa_async.warehouse import SyncReport, WindowProgress, sync

from dixa_async import DixaClient, JobError, RetryPolicy

UTC = dt.UTC
SINCE = dt.date(2024, 1, 1)
# The fake's clock: seeded history is January-June 2024; "now" is a fixed moment after it.
START = dt.datetime(2024, 9, 1, 12, 0, tzinfo=UTC).timestamp()


class Clock:
    """The fake Dixa's clock, moved by the test (writes are stamped with it)."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def moment(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.now, tz=UTC)


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def fake(clock: Clock) -> FakeDixa:
    return FakeDixa(conversations=200, rate_limit=None, exports_rate_limit=None, clock=clock)


@pytest.fixture
async def dixa(fake: FakeDixa) -> AsyncIterator[DixaClient]:
    client = DixaClient(
        "sync-token",
        base_url="http://fake-dixa",
        transport=httpx.ASGITransport(app=fake),
        rate_limit=None,
        exports_rate_limit=None,
        retry=RetryPolicy(max_retries=0),
    )
    async with client:
        yield client


@pytest.fixture
async def v1(fake: FakeDixa) -> AsyncIterator[httpx.AsyncClient]:
    """Plain HTTP against the fake's v1 API, the way another integration writes to Dixa."""
    transport = httpx.ASGITransport(app=fake)
    headers = {"Authorization": "another-integration"}
    async with httpx.AsyncClient(
        transport=transport, base_url="http://fake-dixa", headers=headers
    ) as client:
        yield client


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


async def add_message(v1: httpx.AsyncClient, conversation_id: int, text: str) -> str:
    body = {"_type": "Inbound", "content": {"_type": "Text", "value": text}}
    response = await v1.post(f"/v1/conversations/{conversation_id}/messages", json=body)
    response.raise_for_status()
    return str(response.json()["data"]["messageId"])


async def create_conversation(v1: httpx.AsyncClient, fake: FakeDixa, text: str) -> int:
    body = {
        "_type": "Email",
        "requesterId": next(iter(fake.store.end_users)),
        "subject": text,
        "emailIntegrationId": "support@acme.example",
        "message": {"_type": "Inbound", "content": {"_type": "Text", "value": text}},
    }
    response = await v1.post("/v1/conversations", json=body)
    response.raise_for_status()
    return int(response.json()["data"]["id"])


async def close(v1: httpx.AsyncClient, conversation_id: int) -> None:
    (await v1.put(f"/v1/conversations/{conversation_id}/close")).raise_for_status()


def open_ids(fake: FakeDixa) -> list[int]:
    return sorted(c.id for c in fake.store.conversations.values() if c.state == "Open")


async def run(
    dixa: DixaClient, tmp_path: Path, clock: Clock | None = None, **options: Any
) -> SyncReport:
    """One sync; "now" is the fake's clock (the sync's `until`) when `clock` is given."""
    if clock is not None:
        options.setdefault("until", clock.moment())
    return await sync(dixa, state=tmp_path / "state.json", output=tmp_path / "batches", **options)


async def test_a_second_sync_delivers_exactly_the_new_and_updated_conversations(
    dixa: DixaClient, fake: FakeDixa, v1: httpx.AsyncClient, clock: Clock, tmp_path: Path
) -> None:
    seeded = open_ids(fake)
    # Written shortly before the first run: inside its overlap, so the second run sees it
    # again - and must not deliver it twice.
    clock.now -= 600
    touched_early = seeded[0]
    early_message = await add_message(v1, touched_early, "written before the first run")
    clock.now += 600

    first = await run(dixa, tmp_path, clock, since=SINCE)
    assert first.run == 1
    assert first.mode == "full"
    assert first.complete
    assert first.batch == tmp_path / "batches" / "run-000001"
    full = lines(first.batch / "conversations.jsonl")
    assert sorted(c["id"] for c in full) == sorted(fake.store.conversations)
    assert early_message in {m["id"] for m in lines(first.batch / "messages.jsonl")}

    clock.now += 3600  # an hour of other integrations' work
    new_id = await create_conversation(v1, fake, "a brand new conversation")
    messaged = seeded[1]
    new_message = await add_message(v1, messaged, "a new message on an old conversation")
    closed = seeded[2]
    await close(v1, closed)
    clock.now += 60

    second = await run(dixa, tmp_path, clock)
    assert second.run == 2
    assert second.mode == "incremental"
    assert second.complete
    assert second.batch.name == "run-000002"
    delivered = [c["id"] for c in lines(second.batch / "conversations.jsonl")]
    assert sorted(delivered) == sorted([new_id, messaged, closed])
    assert touched_early not in delivered, "the overlap re-read it; de-duplication dropped it"
    assert second.skipped_duplicates >= 2  # the early conversation and its message
    messages = lines(second.batch / "messages.jsonl")
    assert new_message in {m["id"] for m in messages}
    assert early_message not in {m["id"] for m in messages}
    assert len({m["id"] for m in messages}) == len(messages)  # each message once
    # New messages, and (asked by `updated` too, in case Dixa filters messages by their
    # conversation) the earlier messages of the conversations updated in the range.
    assert (
        {new_id, messaged}
        <= {m["csid"] for m in messages}
        <= {
            new_id,
            messaged,
            closed,
            touched_early,
        }
    )
    by_id = {c["id"]: c for c in lines(second.batch / "conversations.jsonl")}
    assert by_id[closed]["status"] == "closed"

    # The second run started an overlap before the first one ended, and ended at "now".
    assert second.start == first.end - dt.timedelta(hours=1)
    assert second.end == clock.moment()

    clock.now += 600  # nothing written since
    third = await run(dixa, tmp_path, clock)
    assert third.run == 3
    assert third.conversations == 0
    assert third.messages == 0


async def test_a_late_write_inside_the_overlap_is_delivered_by_the_next_run(
    dixa: DixaClient, fake: FakeDixa, v1: httpx.AsyncClient, clock: Clock, tmp_path: Path
) -> None:
    first = await run(dixa, tmp_path, clock, since=SINCE)
    assert first.complete
    # Dixa shows a write late: it is stamped 20 minutes before the first run's end, but the
    # first run did not see it.
    late = open_ids(fake)[5]
    clock.now -= 1200
    late_message = await add_message(v1, late, "made visible late")
    clock.now += 1200 + 300

    second = await run(dixa, tmp_path, clock)
    assert [c["id"] for c in lines(second.batch / "conversations.jsonl")] == [late]
    messages = lines(second.batch / "messages.jsonl")
    # The late message, and the earlier ones of its conversation (asked by `updated` too).
    assert late_message in [m["id"] for m in messages]
    assert {m["csid"] for m in messages} == {late}
    assert len({m["id"] for m in messages}) == len(messages)


async def test_the_state_file_holds_the_bookmark_overlap_and_runs(
    dixa: DixaClient, fake: FakeDixa, v1: httpx.AsyncClient, clock: Clock, tmp_path: Path
) -> None:
    conversation = open_ids(fake)[0]
    clock.now -= 60
    message_id = await add_message(v1, conversation, "in the overlap")
    clock.now += 60
    report = await run(dixa, tmp_path, clock, since=SINCE, overlap=dt.timedelta(minutes=30))
    state = json.loads((tmp_path / "state.json").read_text())
    assert state["since"] == "2024-01-01T00:00:00.000Z"
    assert state["overlap_ms"] == 30 * 60 * 1000
    assert state["bookmark"]["end_ms"] == int(START * 1000)
    assert state["pending"] is None
    assert list(state["seen"]["conversations"]) == [str(conversation)]
    # Messages of the overlap, and every message of a conversation updated there (the next
    # run asks for those again by `updated`, and must not deliver them twice).
    assert message_id in state["seen"]["messages"]
    of_conversation = {
        m["id"] for m in lines(report.batch / "messages.jsonl") if m["csid"] == conversation
    }
    assert set(state["seen"]["messages"]) == of_conversation
    assert state["runs"] == [
        {
            "run": 1,
            "batch": "run-000001",
            "mode": "full",
            "start": "2024-01-01T00:00:00.000Z",
            "end": "2024-09-01T12:00:00.000Z",
            "conversations": report.conversations,
            "messages": report.messages,
            "finished_at": report.manifest.finished_at,
        }
    ]
    assert not (tmp_path / ".state.json.tmp").exists(), "written through a replaced temp file"


async def test_a_cancelled_run_stays_pending_and_the_next_call_finishes_it(
    dixa: DixaClient, fake: FakeDixa, clock: Clock, tmp_path: Path
) -> None:
    three_done = asyncio.Event()

    def watch(progress: WindowProgress) -> None:
        if progress.state == "done" and progress.index == 3:
            three_done.set()

    task = asyncio.create_task(run(dixa, tmp_path, clock, since=SINCE, on_progress=watch))
    await three_done.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    state = json.loads((tmp_path / "state.json").read_text())
    assert state["pending"]["run"] == 1
    assert state["bookmark"] is None
    assert state["runs"] == []

    clock.now += 3600  # a later call finishes the same range, not a new one
    resumed = await run(dixa, tmp_path, clock)
    assert resumed.run == 1
    assert resumed.resumed
    assert resumed.complete
    assert resumed.end == dt.datetime.fromtimestamp(START, tz=UTC)
    assert resumed.manifest.already_exported > 0
    ids = [c["id"] for c in lines(resumed.batch / "conversations.jsonl")]
    assert sorted(ids) == sorted(fake.store.conversations)
    assert len(ids) == len(set(ids))
    message_ids = [m["id"] for m in lines(resumed.batch / "messages.jsonl")]
    assert len(message_ids) == len(set(message_ids))

    nxt = await run(dixa, tmp_path, clock)
    assert nxt.run == 2
    assert not nxt.resumed
    assert nxt.conversations == 0


async def test_a_sync_needs_since_first_and_keeps_it(
    dixa: DixaClient, clock: Clock, tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match="needs since"):
        await run(dixa, tmp_path, clock)
    assert not (tmp_path / "state.json").exists()
    await run(dixa, tmp_path, clock, since=SINCE)
    with pytest.raises(JobError, match="syncs from 2024-01-01"):
        await run(dixa, tmp_path, clock, since=dt.date(2024, 3, 1))
    with pytest.raises(JobError, match="with messages"):
        await run(dixa, tmp_path, clock, include_messages=False)
    with pytest.raises(ValueError, match="overlap cannot be negative"):
        await run(dixa, tmp_path, clock, overlap=dt.timedelta(minutes=-1))


async def test_a_damaged_state_file_is_refused(
    dixa: DixaClient, clock: Clock, tmp_path: Path
) -> None:
    (tmp_path / "state.json").write_text('{"format": 1, "kind": "dixa-async sync"}')
    with pytest.raises(JobError, match="damaged"):
        await run(dixa, tmp_path, clock, since=SINCE)
    (tmp_path / "state.json").write_text("[]")
    with pytest.raises(JobError, match="not a JSON object"):
        await run(dixa, tmp_path, clock, since=SINCE)
