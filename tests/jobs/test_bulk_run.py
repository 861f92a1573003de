"""`run_bulk` against the in-process fake Dixa: one result per record with Dixa's response,
batching through the bulk endpoints with per-item outcomes, and the job engine's safety
(POSTs never replayed, idempotent writes retried, destructive ones confirmed, dry runs,
checkpoints)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from dixa_async.bulk import BulkReport, Record, ResultStatus, run_bulk
from dixa_async.testing import FakeDixa

from dixa_async import DixaClient, OperationNotAllowedError


def _posts(fake: FakeDixa, route: str) -> int:
    return sum(1 for op in fake.operations if op.route == route)


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _users(n: int) -> list[dict[str, Any]]:
    return [{"displayName": f"Bulk {i}", "email": f"bulk{i}@example.com"} for i in range(n)]


async def test_creates_are_batched_and_every_record_gets_dixas_response(
    dixa_client: DixaClient, fake_dixa: FakeDixa, tmp_path: Path
) -> None:
    results = tmp_path / "created.jsonl"
    before = dixa_client.stats.requests
    report = await run_bulk(dixa_client, "end_users.create", _users(150), results=results)
    assert isinstance(report, BulkReport)
    assert (report.succeeded, report.failed, report.total) == (150, 0, 150)
    assert report.batched
    assert report.batch_size == 100
    assert dixa_client.stats.requests - before == 2  # 100 + 50 in two bulk requests
    assert _posts(fake_dixa, "/v1/endusers/bulk") == 2
    assert _posts(fake_dixa, "/v1/endusers") == 0
    lines = _lines(results)
    assert [line["line"] for line in lines] == list(range(1, 151))  # input order
    for i, line in enumerate(lines):
        assert line["status"] == "ok"
        assert line["error"] is None
        created = fake_dixa.store.end_users[line["response"]["id"]]
        assert created["email"] == f"bulk{i}@example.com" == line["response"]["email"]


async def test_a_failed_item_fails_only_its_record(
    dixa_client: DixaClient, fake_dixa: FakeDixa
) -> None:
    known = list(fake_dixa.store.end_users)[:3]
    records: list[dict[str, Any]] = [
        {"user_id": known[0], "displayName": "First"},
        {"user_id": "no-such-user", "displayName": "Ghost"},
        {"user_id": known[1], "displayName": "Second"},
        {"user_id": known[2], "displayName": "Third"},
    ]
    report = await run_bulk(dixa_client, "end_users.update", records)
    assert _posts(fake_dixa, "/v1/endusers") == 1  # one bulk PUT for the four records
    statuses = [r.status for r in report.results]
    assert statuses == ["ok", "failed", "ok", "ok"]
    ghost = report.results[1]
    assert ghost.error is not None
    assert ghost.error["type"] == "BulkItemError"
    assert "NotFound" in ghost.error["message"]
    assert ghost.error["status_code"] is None
    first = report.results[0].response
    assert isinstance(first, dict)
    assert first["displayName"] == "First"
    assert fake_dixa.store.end_users[known[2]]["displayName"] == "Third"


async def test_notes_are_batched_per_conversation_and_a_bad_record_is_never_sent(
    dixa_client: DixaClient, fake_dixa: FakeDixa
) -> None:
    first, second = sorted(fake_dixa.store.conversations)[:2]
    records: list[dict[str, Any]] = [
        {"conversation_id": first if i % 2 else second, "message": f"note {i}"} for i in range(13)
    ]
    records[6] = {"conversation_id": first}  # no message
    before = {
        c: len(fake_dixa.store.notes_of(fake_dixa.store.conversation(c))) for c in (first, second)
    }
    report = await run_bulk(dixa_client, "internal_notes.create", records)
    assert (report.succeeded, report.failed, report.invalid) == (12, 1, 1)
    bad = report.results[6]
    assert bad.status is ResultStatus.FAILED
    assert bad.error is not None
    assert bad.error["type"] == "RecordError"
    assert "line 7: field 'message': is required" in bad.error["message"]
    assert _posts(fake_dixa, "/v1/conversations/{conversationId}/notes/bulk") == 2
    for conversation in (first, second):
        notes = fake_dixa.store.notes_of(fake_dixa.store.conversation(conversation))
        assert len(notes) - before[conversation] == 6
    ok = [r for r in report.results if r.status is ResultStatus.OK]
    assert all(isinstance(r.response, dict) for r in ok)
    assert all(
        r.response["message"].startswith("note ") for r in ok if isinstance(r.response, dict)
    )


async def test_without_batching_each_record_is_its_own_request(
    dixa_client: DixaClient, fake_dixa: FakeDixa
) -> None:
    report = await run_bulk(dixa_client, "end_users.create", _users(5), batch=False)
    assert report.succeeded == 5
    assert not report.batched
    assert _posts(fake_dixa, "/v1/endusers") == 5
    assert _posts(fake_dixa, "/v1/endusers/bulk") == 0
    small = await run_bulk(dixa_client, "end_users.create", _users(5), batch_size=2)
    assert small.succeeded == 5
    assert small.batch_size == 2
    # 2 + 2 in bulk requests, and the last record alone with the single-record endpoint.
    assert (_posts(fake_dixa, "/v1/endusers/bulk"), _posts(fake_dixa, "/v1/endusers")) == (2, 6)


async def test_tags_go_in_one_bulk_request_per_conversation_only_where_that_saves_requests(
    dixa_client: DixaClient, fake_dixa: FakeDixa
) -> None:
    store = fake_dixa.store
    tags = [t for t, v in store.tags.items() if v["state"] == "Active"][:3]
    cid, other = sorted(store.conversations)[5:7]
    records = [{"conversation_id": cid, "tag_id": t} for t in tags]
    records.append({"conversation_id": other, "tag_id": tags[0]})
    report = await run_bulk(dixa_client, "tags.tag", records)
    assert report.succeeded == 4
    assert _posts(fake_dixa, "/v1/conversations/{conversationId}/tags/bulk") == 1
    assert _posts(fake_dixa, "/v1/conversations/{conversationId}/tags/{tagId}") == 1
    assert set(tags) <= set(store.conversation(cid).tags)
    assert tags[0] in store.conversation(other).tags


async def test_a_post_that_may_have_landed_ends_in_doubt_and_is_never_replayed(
    dixa_client: DixaClient, fake_dixa: FakeDixa, tmp_path: Path
) -> None:
    fake_dixa.drop_connections(after_processing=True, route="POST /v1/endusers/bulk", limit=1)
    checkpoint, results = tmp_path / "users.ckpt", tmp_path / "users.jsonl"
    report = await run_bulk(
        dixa_client, "end_users.create", _users(3), checkpoint=checkpoint, results=results
    )
    assert [r.status for r in report.results] == ["in_doubt"] * 3
    assert report.in_doubt == 3
    assert report.failed == 3
    assert _posts(fake_dixa, "/v1/endusers/bulk") == 1  # sent once, not retried
    again = await run_bulk(
        dixa_client, "end_users.create", _users(3), checkpoint=checkpoint, results=results
    )
    assert [r.status for r in again.results] == ["in_doubt"] * 3
    assert _posts(fake_dixa, "/v1/endusers/bulk") + _posts(fake_dixa, "/v1/endusers") == 1
    assert all(line["status"] == "in_doubt" for line in _lines(results))


async def test_idempotent_writes_are_retried_by_the_client(
    dixa_client: DixaClient, fake_dixa: FakeDixa
) -> None:
    fake_dixa.inject_errors(
        status=503, route="PUT /v1/conversations/{conversationId}/close", limit=1
    )
    cid = sorted(fake_dixa.store.conversations)[3]
    report = await run_bulk(dixa_client, "conversations.close", [{"conversation_id": cid}])
    assert report.results[0].status is ResultStatus.OK
    assert dixa_client.stats.retries >= 1
    assert fake_dixa.store.conversation(cid).state == "Closed"


async def test_destructive_operations_need_confirmation_before_anything_is_sent(
    dixa_client: DixaClient, fake_dixa: FakeDixa
) -> None:
    tag = next(iter(fake_dixa.store.tags))
    with pytest.raises(OperationNotAllowedError, match="confirm=True"):
        await run_bulk(dixa_client, "tags.delete", [{"tag_id": tag}])
    assert dixa_client.stats.requests == 0
    report = await run_bulk(dixa_client, "tags.delete", [{"tag_id": tag}], confirm=True)
    assert report.results[0].status is ResultStatus.OK
    assert tag not in fake_dixa.store.tags


async def test_a_dry_run_checks_every_record_and_sends_nothing(
    dixa_client: DixaClient, tmp_path: Path
) -> None:
    records = [*_users(3), {"displayName": ["not", "a", "name"]}]
    report = await run_bulk(
        dixa_client, "end_users.create", records, dry_run=True, results=tmp_path / "r.jsonl"
    )
    assert [r.status for r in report.results] == ["dry_run"] * 3 + ["failed"]
    assert report.dry_run == 3
    assert report.failed == 1
    assert dixa_client.stats.requests == 0
    assert not (tmp_path / "r.jsonl").exists()  # a dry run writes nothing


async def test_a_rerun_with_the_checkpoint_skips_what_is_done_and_keeps_its_results(
    dixa_client: DixaClient, fake_dixa: FakeDixa, tmp_path: Path
) -> None:
    checkpoint, results = tmp_path / "notes.ckpt", tmp_path / "notes.jsonl"
    cid = sorted(fake_dixa.store.conversations)[8]
    records: list[Any] = [Record(n, {"conversation_id": cid, "message": f"m{n}"}) for n in (2, 3)]
    records.append(Record(4, {"conversation_id": cid}))  # fails: no message
    first = await run_bulk(
        dixa_client, "internal_notes.create", records, checkpoint=checkpoint, results=results
    )
    assert [r.status for r in first.results] == ["ok", "ok", "failed"]
    created = {line["line"]: line["response"]["id"] for line in _lines(results)[:2]}
    records[2] = Record(4, {"conversation_id": cid, "message": "m4"})  # fixed
    sent = dixa_client.stats.requests
    second = await run_bulk(
        dixa_client, "internal_notes.create", records, checkpoint=checkpoint, results=results
    )
    assert [r.status for r in second.results] == ["ok", "ok", "ok"]
    assert second.skipped == 2
    assert second.succeeded == 1
    assert dixa_client.stats.requests - sent == 1  # only the fixed record
    lines = _lines(results)
    assert [line["line"] for line in lines] == [2, 3, 4]
    assert {line["line"]: line["response"]["id"] for line in lines[:2]} == created
    notes = fake_dixa.store.notes_of(fake_dixa.store.conversation(cid))
    assert sorted(n["message"] for n in notes if n["message"] in {"m2", "m3", "m4"}) == [
        "m2", "m3", "m4",
    ]  # fmt: skip


async def test_repeated_keys_run_once(dixa_client: DixaClient, fake_dixa: FakeDixa) -> None:
    records = [
        {"displayName": "A", "externalId": "crm-1"},
        {"displayName": "A again", "externalId": "crm-1"},
        {"displayName": "B", "externalId": "crm-2"},
    ]
    report = await run_bulk(dixa_client, "end_users.create", records, key="externalId")
    assert [r.status for r in report.results] == ["ok", "skipped", "ok"]
    assert report.results[1].note == "repeats the key of line 1"
    named = [u for u in fake_dixa.store.end_users.values() if u.get("externalId") == "crm-1"]
    assert len(named) == 1


async def test_a_note_left_in_doubt_is_looked_for_on_the_rerun_not_sent_twice(
    dixa_client: DixaClient, fake_dixa: FakeDixa, tmp_path: Path
) -> None:
    route = "/v1/conversations/{conversationId}/notes/bulk"
    # Dixa takes 0.5 s to write the notes, then the answer is lost: the notes it stamps
    # are clearly newer than the records' start (the skew allowed here is 0.2 s).
    fake_dixa.add_latency(0.5, route=f"POST {route}", limit=1)
    fake_dixa.drop_connections(after_processing=True, route=f"POST {route}", limit=1)
    cid = sorted(fake_dixa.store.conversations)[9]
    records = [{"conversation_id": cid, "message": f"once {n}"} for n in range(3)]
    checkpoint = tmp_path / "notes.ckpt"
    first = await run_bulk(
        dixa_client, "internal_notes.create", records, checkpoint=checkpoint, clock_skew=0.2
    )
    assert [r.status for r in first.results] == ["in_doubt"] * 3
    second = await run_bulk(
        dixa_client, "internal_notes.create", records, checkpoint=checkpoint, clock_skew=0.2
    )
    assert [r.status for r in second.results] == ["ok"] * 3
    assert all(r.note == "verified from an earlier run" for r in second.results)
    assert [r.response["message"] for r in second.results if isinstance(r.response, dict)] == [
        "once 0", "once 1", "once 2",
    ]  # fmt: skip
    assert _posts(fake_dixa, route) == 1
    messages = [n["message"] for n in fake_dixa.store.notes_of(fake_dixa.store.conversation(cid))]
    assert sorted(m for m in messages if m.startswith("once ")) == ["once 0", "once 1", "once 2"]
