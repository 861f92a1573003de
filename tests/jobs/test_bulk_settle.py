"""Settling records left in doubt (issue 18, case 5): only an entity created after the record
was started - by the job's author where the record names one - settles it; an older matching
note or contact never does; end users are looked up by external id, email or phone."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
from dixa_async.bulk import ResultStatus, run_bulk
from dixa_async.jobs import add_internal_note, run_job
from dixa_async.testing import FakeDixa

from dixa_async import DixaClient
from dixa_async.models import CreateInternalNoteInput
from dixa_async.operations import operation

NOTE = "/v1/conversations/{conversationId}/notes"
USERS_BULK = "/v1/endusers/bulk"


def _client(fake: FakeDixa) -> DixaClient:
    return DixaClient(
        "settle", base_url="http://fake-dixa", transport=httpx.ASGITransport(app=fake),
        rate_limit=None,
    )  # fmt: skip


def _texts(fake: FakeDixa, cid: int, text: str) -> list[dict[str, Any]]:
    return [n for n in fake.store.notes_of(fake.store.conversation(cid)) if n["message"] == text]


def _posts(fake: FakeDixa, route: str) -> int:
    return sum(1 for op in fake.operations if op.route == route)


def test_which_read_settles_which_write_is_in_the_operation_table() -> None:
    assert operation("internal_notes.create").settled_by == "internal_notes.list"
    assert operation("end_users.create").settled_by == "end_users.list"
    assert operation("agents.create").settled_by is None  # no look-up: stays in doubt


async def test_an_older_identical_note_never_settles_a_record(tmp_path: Path) -> None:
    fake = FakeDixa(conversations=40, rate_limit=None)
    cid = sorted(fake.store.conversations)[5]
    text = "Refund approved"
    record = {"conversation_id": cid, "message": text}
    checkpoint = tmp_path / "old-note.ckpt"
    async with _client(fake) as dixa:
        an_hour_ago = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
        await dixa.internal_notes.create(
            cid, body=CreateInternalNoteInput(message=text, created_at=an_hour_ago)
        )
        # The job's request is cut before Dixa handles it: the client cannot know.
        fake.drop_connections(route=f"POST {NOTE}", limit=1)
        first = await run_bulk(dixa, "internal_notes.create", [record], checkpoint=checkpoint)
        assert first.results[0].status is ResultStatus.IN_DOUBT
        assert len(_texts(fake, cid, text)) == 1  # only the old note
        second = await run_bulk(dixa, "internal_notes.create", [record], checkpoint=checkpoint)
    # The old note did not settle it: the record's own note was written.
    assert second.results[0].status is ResultStatus.OK
    assert second.results[0].note == ""  # sent, not "verified"
    notes = _texts(fake, cid, text)
    assert len(notes) == 2
    assert isinstance(second.results[0].response, dict)
    assert second.results[0].response["id"] == notes[1]["id"]


async def test_an_identical_note_from_just_before_the_start_leaves_the_record_in_doubt(
    tmp_path: Path,
) -> None:
    fake = FakeDixa(conversations=40, rate_limit=None)
    cid = sorted(fake.store.conversations)[6]
    text = "Called the customer back"
    record = {"conversation_id": cid, "message": text}
    checkpoint = tmp_path / "near.ckpt"
    async with _client(fake) as dixa:
        await dixa.internal_notes.create(cid, body=CreateInternalNoteInput(message=text))
        fake.drop_connections(route=f"POST {NOTE}", limit=1)
        await run_bulk(dixa, "internal_notes.create", [record], checkpoint=checkpoint)
        posts = _posts(fake, NOTE)
        second = await run_bulk(dixa, "internal_notes.create", [record], checkpoint=checkpoint)
    result = second.results[0]
    assert result.status is ResultStatus.IN_DOUBT
    assert result.error is not None
    assert "within 2 s of when this record was started" in result.error["message"]
    assert _posts(fake, NOTE) == posts  # neither marked ok nor sent again
    assert len(_texts(fake, cid, text)) == 1


async def test_a_note_that_landed_at_once_stays_in_doubt_and_is_never_written_twice(
    tmp_path: Path,
) -> None:
    fake = FakeDixa(conversations=40, rate_limit=None)
    cid = sorted(fake.store.conversations)[7]
    record = {"conversation_id": cid, "message": "landed, answer lost"}
    checkpoint = tmp_path / "landed.ckpt"
    fake.drop_connections(after_processing=True, route=f"POST {NOTE}", limit=1)
    async with _client(fake) as dixa:
        await run_bulk(dixa, "internal_notes.create", [record], checkpoint=checkpoint)
        again = await run_bulk(dixa, "internal_notes.create", [record], checkpoint=checkpoint)
    # Stamped within the allowed clock skew of the start: it cannot be told from a note
    # written just before the job, so it is not claimed - and not written again either.
    assert again.results[0].status is ResultStatus.IN_DOUBT
    assert len(_texts(fake, cid, "landed, answer lost")) == 1


async def test_only_a_note_by_the_records_author_settles_it(tmp_path: Path) -> None:
    fake = FakeDixa(conversations=40, rate_limit=None)
    cid = sorted(fake.store.conversations)[8]
    ours, theirs = list(fake.store.agents)[:2]
    text = "Escalated to billing"
    record = {"conversation_id": cid, "message": text, "agentId": ours}
    checkpoint = tmp_path / "author.ckpt"
    async with _client(fake) as dixa:
        fake.drop_connections(route=f"POST {NOTE}", limit=1)
        await run_bulk(
            dixa, "internal_notes.create", [record], checkpoint=checkpoint, clock_skew=0.1
        )
        await asyncio.sleep(0.3)
        # Another agent writes the same text after the record was started.
        await dixa.internal_notes.create(
            cid, body=CreateInternalNoteInput(message=text, agent_id=theirs)
        )
        second = await run_bulk(
            dixa, "internal_notes.create", [record], checkpoint=checkpoint, clock_skew=0.1
        )
    assert second.results[0].status is ResultStatus.OK
    assert second.results[0].note == ""  # sent: the other agent's note is not this record's
    assert sorted(n["authorId"] for n in _texts(fake, cid, text)) == sorted([ours, theirs])


async def test_a_start_time_the_checkpoint_does_not_hold_leaves_a_match_in_doubt(
    tmp_path: Path,
) -> None:
    fake = FakeDixa(conversations=40, rate_limit=None)
    cid = sorted(fake.store.conversations)[9]
    text = "from an older version"
    record: dict[str, Any] = {"conversation_id": cid, "message": text}
    checkpoint = tmp_path / "no-time.ckpt"
    async with _client(fake) as dixa:
        planned = await run_bulk(dixa, "internal_notes.create", [record], dry_run=True)
        key = planned.results[0].key
        await dixa.internal_notes.create(cid, body=CreateInternalNoteInput(message=text))
        header = {"format": 3, "kind": "dixa-async checkpoint", "job": "internal_notes.create",
                  "keys": "content", "target": None}  # fmt: skip
        lines = [header, {"key": key, "event": "started"}]  # no "at"
        checkpoint.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
        again = await run_bulk(dixa, "internal_notes.create", [record], checkpoint=checkpoint)
    assert again.results[0].status is ResultStatus.IN_DOUBT
    assert again.results[0].error is not None
    assert "does not say when this record was started" in again.results[0].error["message"]
    assert len(_texts(fake, cid, "from an older version")) == 1


async def test_end_users_in_doubt_are_looked_up_and_each_exists_exactly_once(
    tmp_path: Path,
) -> None:
    fake = FakeDixa(seed=11, conversations=10, rate_limit=None)
    users = [
        {"displayName": f"Chaos {i}", "email": f"chaos{i}@example.com"}
        | ({"externalId": f"crm-{i}"} if i % 2 else {})
        for i in range(60)
    ]
    checkpoint = tmp_path / "users.ckpt"
    # Dixa takes 1.3 s per bulk request (so what it writes is stamped clearly after the
    # start, whole seconds included); many answers are lost after the write, some requests
    # are cut before it.
    fake.add_latency(1.3, route=f"POST {USERS_BULK}")
    fake.drop_connections(0.4, after_processing=True, route=f"POST {USERS_BULK}")
    fake.drop_connections(0.2, route=f"POST {USERS_BULK}")
    async with _client(fake) as dixa:
        first = await run_bulk(
            dixa, "end_users.create", users, batch_size=5, checkpoint=checkpoint, clock_skew=0.2
        )
        assert first.in_doubt >= 10, "the faults left records in doubt"
        landed = Counter(u.get("email") for u in fake.store.end_users.values())
        assert 0 < sum(landed[u["email"]] for u in users) < len(users)
        fake.clear_faults()
        before = dixa.stats.requests
        second = await run_bulk(
            dixa, "end_users.create", users, batch_size=5, checkpoint=checkpoint, clock_skew=0.2
        )
        spent = dixa.stats.requests - before
    assert second.in_doubt == 0
    assert second.failed == 0
    verified = [r for r in second.results if r.note == "verified from an earlier run"]
    resent = first.in_doubt - len(verified)
    assert verified, "some landed writes were found"
    assert resent > 0, "some writes cut before Dixa were sent again"
    assert spent == first.in_doubt + -(-resent // 5)  # a look-up each, the rest re-batched
    emails = Counter(u.get("email") for u in fake.store.end_users.values())
    for user in users:
        assert emails[user["email"]] == 1, user
    by_email = {u.get("email"): u for u in fake.store.end_users.values()}
    for result, user in zip(second.results, users, strict=True):
        if result.note == "verified from an earlier run":
            assert isinstance(result.response, dict)
            assert result.response["id"] == by_email[user["email"]]["id"]


async def test_an_end_user_without_a_look_up_field_stays_in_doubt(tmp_path: Path) -> None:
    fake = FakeDixa(conversations=10, rate_limit=None)
    record = {"displayName": "Nameless contact"}
    checkpoint = tmp_path / "nameless.ckpt"
    fake.drop_connections(after_processing=True, route="POST /v1/endusers", limit=1)
    async with _client(fake) as dixa:
        await run_bulk(dixa, "end_users.create", [record], checkpoint=checkpoint)
        again = await run_bulk(dixa, "end_users.create", [record], checkpoint=checkpoint)
    assert again.results[0].status is ResultStatus.IN_DOUBT
    assert again.results[0].error is not None
    assert "no externalId, email or phoneNumber" in again.results[0].error["message"]
    named = [u for u in fake.store.end_users.values() if u.get("displayName") == "Nameless contact"]
    assert len(named) == 1


async def test_the_ready_made_note_task_ignores_an_older_identical_note(tmp_path: Path) -> None:
    fake = FakeDixa(conversations=40, rate_limit=None)
    cids = sorted(fake.store.conversations)[10:13]
    task = add_internal_note("Welcome back")
    checkpoint = tmp_path / "task.ckpt"
    async with _client(fake) as dixa:
        an_hour_ago = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
        for cid in cids:  # the same text, written long before the job
            await dixa.internal_notes.create(
                cid, body=CreateInternalNoteInput(message="Welcome back", created_at=an_hour_ago)
            )
        fake.drop_connections(route=f"POST {NOTE}", limit=3)  # cut before Dixa writes
        first = await run_job(dixa, cids, task, checkpoint=checkpoint)
        assert first.in_doubt == 3
        second = await run_job(dixa, cids, task, checkpoint=checkpoint)
    assert (second.succeeded, second.failed) == (3, 0)
    for cid in cids:
        assert len(_texts(fake, cid, "Welcome back")) == 2  # the old one and the job's
