"""Exports against the in-process fake: complete, flat, resumable, with a manifest."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from dixa_async.jobs import Progress
from dixa_async.testing import FakeDixa
from dixa_async.warehouse import Part, export_conversations, export_end_user

from dixa_async import DixaClient


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


async def test_export_writes_one_complete_line_per_conversation(
    dixa_client: DixaClient, fake_dixa: FakeDixa, tmp_path: Path
) -> None:
    ids = sorted(fake_dixa.store.conversations)[:12]
    out = tmp_path / "export.jsonl"
    manifest = await export_conversations(dixa_client, ids, out)
    rows = lines(out)
    assert sorted(row["id"] for row in rows) == ids
    for row in rows:
        assert row["conversation"]["id"] == row["id"]
        for part in Part:
            assert isinstance(row[part.value], list)
    saved = json.loads(manifest.path.read_text())
    assert saved["complete"] is True
    assert saved["counts"]["exported_total"] == 12
    assert saved["ids"] == {"min": ids[0], "max": ids[-1]}
    assert saved["files"] == ["export.jsonl"]
    assert saved["finished_at"] is not None


async def test_interrupted_export_resumes_without_duplicates(
    dixa_client: DixaClient, fake_dixa: FakeDixa, tmp_path: Path
) -> None:
    ids = sorted(fake_dixa.store.conversations)[:40]
    out = tmp_path / "export.jsonl"
    enough = asyncio.Event()

    def watch(progress: Progress) -> None:
        if progress.done >= 15:
            enough.set()

    task = asyncio.create_task(
        export_conversations(dixa_client, ids, out, parts=[Part.MESSAGES], on_progress=watch)
    )
    await enough.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    partial = json.loads((tmp_path / "export.jsonl.manifest.json").read_text())
    assert partial["complete"] is False
    assert 15 <= partial["counts"]["exported_total"] < 40
    # A crash mid-write leaves a torn line; the resume drops it.
    with out.open("a") as fh:
        fh.write('{"id": 99999, "conversa')
    manifest = await export_conversations(dixa_client, ids, out, parts=[Part.MESSAGES])
    exported = [row["id"] for row in lines(out)]
    assert sorted(exported) == ids
    assert manifest.already_exported == partial["counts"]["exported_total"]
    assert manifest.exported_this_run == 40 - manifest.already_exported
    assert manifest.complete


async def test_export_of_an_end_user_and_missing_conversations(
    dixa_client: DixaClient, fake_dixa: FakeDixa, tmp_path: Path
) -> None:
    conversation = next(iter(fake_dixa.store.conversations.values()))
    user_id = conversation.requester_id
    expected = sorted(
        c.id for c in fake_dixa.store.conversations.values() if c.requester_id == user_id
    )
    out = tmp_path / "user.jsonl"
    manifest = await export_end_user(dixa_client, user_id, out)
    assert sorted(row["id"] for row in lines(out)) == expected
    assert manifest.source == {"kind": "end_user", "user_id": user_id}

    missing = tmp_path / "missing.jsonl"
    report = await export_conversations(dixa_client, [expected[0], 987654321], missing)
    assert report.failed == 1
    assert report.errors[0]["id"] == "987654321"
    assert "NotFoundError" in report.errors[0]["error"]
    assert not report.complete
