"""Bulk records keyed by their content (issue 18, case 3): removing, inserting, reordering or
fixing lines between runs never sends a record twice, never skips one and never gives a
result to the wrong line; checkpoints keyed another way are refused before anything is sent."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from dixa_async.bulk import Record, RecordResult, run_bulk
from dixa_async.testing import FakeDixa

from dixa_async import DixaClient, JobError

NOTE_ROUTES = (
    "/v1/conversations/{conversationId}/notes",
    "/v1/conversations/{conversationId}/notes/bulk",
)
MISSING_CONVERSATION = 987_654


def _notes(fake: FakeDixa, cid: int, text: str) -> int:
    return sum(1 for n in fake.store.notes_of(fake.store.conversation(cid)) if n["message"] == text)


def _note_posts(fake: FakeDixa) -> int:
    return sum(1 for op in fake.operations if op.route in NOTE_ROUTES)


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _numbered(rows: list[dict[str, Any]]) -> list[Record]:
    return [Record(line, row) for line, row in enumerate(rows, start=1)]


async def test_removing_a_failed_line_and_appending_one_leaves_one_note_each(
    dixa_client: DixaClient, fake_dixa: FakeDixa, tmp_path: Path
) -> None:
    a, c, d = sorted(fake_dixa.store.conversations)[20:23]
    checkpoint, results = tmp_path / "notes.ckpt", tmp_path / "notes.jsonl"
    rows = [
        {"conversation_id": a, "message": "follow up A"},
        {"conversation_id": MISSING_CONVERSATION, "message": "follow up B"},
        {"conversation_id": c, "message": "follow up C"},
    ]
    first = await run_bulk(
        dixa_client, "internal_notes.create", _numbered(rows),
        checkpoint=checkpoint, results=results,
    )  # fmt: skip
    assert [r.status for r in first.results] == ["ok", "failed", "ok"]
    assert first.in_doubt == 0  # a 404 for the conversation: Dixa refused it

    # The user deletes the failed line and appends a new record.
    rows = [rows[0], rows[2], {"conversation_id": d, "message": "follow up D"}]
    posts = _note_posts(fake_dixa)
    second = await run_bulk(
        dixa_client, "internal_notes.create", _numbered(rows),
        checkpoint=checkpoint, results=results,
    )  # fmt: skip
    assert (second.skipped, second.succeeded, second.failed) == (2, 1, 0)
    assert _note_posts(fake_dixa) - posts == 1  # only the new record went out
    for cid, text in ((a, "follow up A"), (c, "follow up C"), (d, "follow up D")):
        assert _notes(fake_dixa, cid, text) == 1, (cid, text)
    # The results file names each record's current line, with the response of its own note.
    lines = _lines(results)
    assert [line["line"] for line in lines] == [1, 2, 3]
    assert [line["status"] for line in lines] == ["ok", "ok", "ok"]
    for line, row in zip(lines, rows, strict=True):
        assert line["response"]["csid"] == row["conversation_id"]
        assert line["response"]["message"] == row["message"]
    assert [line["key"] for line in lines] == [r.key for r in second.results]


async def test_reordered_and_inserted_lines_are_matched_by_content(
    dixa_client: DixaClient, fake_dixa: FakeDixa, tmp_path: Path
) -> None:
    cids = sorted(fake_dixa.store.conversations)[30:36]
    rows = [{"conversation_id": cid, "message": f"moved {cid}"} for cid in cids]
    checkpoint, results = tmp_path / "moved.ckpt", tmp_path / "moved.jsonl"
    first = await run_bulk(
        dixa_client, "internal_notes.create", _numbered(rows),
        checkpoint=checkpoint, results=results,
    )  # fmt: skip
    assert first.succeeded == 6
    created = {line["key"]: line["response"]["id"] for line in _lines(results)}

    new = {"conversation_id": cids[0], "message": "inserted at the top"}
    shuffled = rows[:]
    random.Random(3).shuffle(shuffled)
    rows2 = [new, *shuffled]
    posts = _note_posts(fake_dixa)
    second = await run_bulk(
        dixa_client, "internal_notes.create", _numbered(rows2),
        checkpoint=checkpoint, results=results,
    )  # fmt: skip
    assert (second.skipped, second.succeeded) == (6, 1)
    assert _note_posts(fake_dixa) - posts == 1
    lines = _lines(results)
    assert [line["line"] for line in lines] == list(range(1, 8))
    for line, row in zip(lines, rows2, strict=True):
        # Each line carries its record's current position and its own response.
        assert line["response"]["message"] == row["message"]
        if line["key"] in created:
            assert line["response"]["id"] == created[line["key"]]
    for cid in cids:
        assert _notes(fake_dixa, cid, f"moved {cid}") == 1


async def test_a_fixed_record_is_a_new_record_and_the_others_are_left_alone(
    dixa_client: DixaClient, fake_dixa: FakeDixa, tmp_path: Path
) -> None:
    cid = sorted(fake_dixa.store.conversations)[40]
    checkpoint = tmp_path / "fix.ckpt"
    rows: list[dict[str, Any]] = [
        {"conversation_id": cid, "message": "kept"},
        {"conversation_id": cid, "mesage": "typo in the field name"},
    ]
    first = await run_bulk(dixa_client, "internal_notes.create", rows, checkpoint=checkpoint)
    assert [r.status for r in first.results] == ["ok", "failed"]
    rows[1] = {"conversation_id": cid, "message": "typo in the field name"}
    second = await run_bulk(dixa_client, "internal_notes.create", rows, checkpoint=checkpoint)
    assert [r.status for r in second.results] == ["skipped", "ok"]
    assert _notes(fake_dixa, cid, "kept") == 1
    assert _notes(fake_dixa, cid, "typo in the field name") == 1


async def test_identical_records_are_each_sent_and_counted_by_occurrence(
    dixa_client: DixaClient, fake_dixa: FakeDixa, tmp_path: Path
) -> None:
    cid = sorted(fake_dixa.store.conversations)[41]
    same = {"conversation_id": cid, "message": "reminder"}
    checkpoint = tmp_path / "twice.ckpt"
    first = await run_bulk(
        dixa_client, "internal_notes.create", [same, dict(same)], checkpoint=checkpoint
    )
    keys = [r.key for r in first.results]
    assert [r.status for r in first.results] == ["ok", "ok"]
    assert keys[1] == f"{keys[0]}#2"
    assert len(keys[0]) == 16  # a short hex fingerprint
    assert set(keys[0]) <= set("0123456789abcdef")
    assert _notes(fake_dixa, cid, "reminder") == 2
    # One of the two removed: the other is still done; a third copy is new.
    posts = _note_posts(fake_dixa)
    again = await run_bulk(dixa_client, "internal_notes.create", [same], checkpoint=checkpoint)
    assert [r.status for r in again.results] == ["skipped"]
    assert _note_posts(fake_dixa) == posts
    third = await run_bulk(
        dixa_client, "internal_notes.create", [same, same, same], checkpoint=checkpoint
    )
    assert [r.status for r in third.results] == ["skipped", "skipped", "ok"]
    assert _notes(fake_dixa, cid, "reminder") == 3


async def test_the_key_follows_the_request_not_the_spelling_of_the_record(
    dixa_client: DixaClient, fake_dixa: FakeDixa, tmp_path: Path
) -> None:
    cid = sorted(fake_dixa.store.conversations)[42]
    checkpoint = tmp_path / "spelling.ckpt"
    as_json = {"conversation_id": cid, "message": "same call"}
    await run_bulk(dixa_client, "internal_notes.create", [as_json], checkpoint=checkpoint)
    # The same call from a CSV row (text values), fields in another order.
    as_csv = Record(7, {"message": "same call", "conversation_id": str(cid)}, text=True)
    again = await run_bulk(dixa_client, "internal_notes.create", [as_csv], checkpoint=checkpoint)
    assert [r.status for r in again.results] == ["skipped"]
    assert again.results[0].line == 7
    assert _notes(fake_dixa, cid, "same call") == 1


def _legacy_checkpoint(path: Path, job: str, *records: dict[str, Any]) -> bytes:
    """A checkpoint as the line-keyed version wrote it (format 2, no `keys`)."""
    header = {"format": 2, "kind": "dixa-async checkpoint", "job": job, "target": None}
    path.write_text("".join(json.dumps(r) + "\n" for r in (header, *records)), encoding="utf-8")
    return path.read_bytes()


async def test_a_line_keyed_checkpoint_is_refused_before_anything_is_sent(
    dixa_client: DixaClient, fake_dixa: FakeDixa, tmp_path: Path
) -> None:
    cid = sorted(fake_dixa.store.conversations)[43]
    checkpoint = tmp_path / "old.ckpt"
    before = _legacy_checkpoint(
        checkpoint, "internal_notes.create",
        {"key": "1", "event": "started"}, {"key": "1", "event": "ok"},
    )  # fmt: skip
    rows = [{"conversation_id": cid, "message": f"n{i}"} for i in range(2)]
    for dry_run in (False, True):
        with pytest.raises(JobError, match="keyed records by their line number") as caught:
            await run_bulk(
                dixa_client, "internal_notes.create", rows, checkpoint=checkpoint, dry_run=dry_run
            )
        assert str(checkpoint) in str(caught.value)
    assert dixa_client.stats.requests == 0
    assert checkpoint.read_bytes() == before  # nothing written either


async def test_a_line_keyed_checkpoint_of_a_keyed_job_goes_on_and_records_its_keys(
    dixa_client: DixaClient, fake_dixa: FakeDixa, tmp_path: Path
) -> None:
    checkpoint = tmp_path / "old-keyed.ckpt"
    _legacy_checkpoint(
        checkpoint, "end_users.create",
        {"key": "crm-1", "event": "started"}, {"key": "crm-1", "event": "ok"},
    )  # fmt: skip
    rows = [
        {"displayName": "One", "externalId": "crm-1"},
        {"displayName": "Two", "externalId": "crm-2"},
    ]
    report = await run_bulk(
        dixa_client, "end_users.create", rows, checkpoint=checkpoint, key="externalId"
    )
    assert [r.status for r in report.results] == ["skipped", "ok"]
    headers = [json.loads(x) for x in checkpoint.read_text().splitlines() if '"kind"' in x]
    assert headers[-1]["keys"] == "field:externalId"
    # The same checkpoint without --key: its keys are not content fingerprints.
    with pytest.raises(JobError, match=r"'field:externalId'.*'content'") as caught:
        await run_bulk(dixa_client, "end_users.create", rows, checkpoint=checkpoint)
    assert str(checkpoint) in str(caught.value)


def test_results_carry_the_key_and_line_they_were_read_with() -> None:
    result = RecordResult.from_json(
        {"line": 3, "key": "0123456789abcdef#2", "status": "ok", "response": None}
    )
    assert (result.line, result.key) == (3, "0123456789abcdef#2")
