"""The state layer under every job: versioned state documents that record where they ran,
are checked field by field when read, and keep loading when written by the version before
(format 1)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from dixa_async.bulk import run_bulk
from dixa_async.jobs import Checkpoint, run_job
from dixa_async.testing import FakeDixa
from dixa_async.warehouse import export_conversations, export_period, sync

from dixa_async import DixaClient, JobError, RetryPolicy

SINCE = dt.date(2024, 1, 1)
UNTIL = dt.date(2024, 3, 1)  # two windows
TOKEN_A, TOKEN_B = "token-of-org-a", "token-of-org-b"


@pytest.fixture
def fake() -> FakeDixa:
    return FakeDixa(conversations=60, rate_limit=None, exports_rate_limit=None)


def client_for(fake: FakeDixa, token: str = TOKEN_A, host: str = "fake-a") -> DixaClient:
    return DixaClient(
        token,
        base_url=f"http://{host}",
        exports_base_url=f"http://{host}-exports",
        transport=httpx.ASGITransport(app=fake),
        rate_limit=None,
        exports_rate_limit=None,
        retry=RetryPolicy(max_retries=0),
    )


@pytest.fixture
async def dixa(fake: FakeDixa) -> AsyncIterator[DixaClient]:
    async with client_for(fake) as client:
        yield client


def read(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def write(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")


def as_format_1(data: dict[str, Any]) -> dict[str, Any]:
    """A format 2 document as the previous version wrote it: no kind, target or output."""
    old = {k: v for k, v in data.items() if k not in ("kind", "target", "output")}
    old["format"] = 1
    return old


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# -- format 1 files keep loading, and are upgraded ---------------------------------------


async def test_a_format_1_checkpoint_resumes_and_gains_a_target_header(tmp_path: Path) -> None:
    ckpt = tmp_path / "job.ckpt"
    ckpt.write_text(
        '{"checkpoint":1,"job":"operation"}\n'
        '{"key":"1","event":"ok"}\n'
        '{"key":"2","event":"failed","maybe_applied":false,"error":"NotFoundError: x"}\n'
        '{"key":"3","event":"failed","maybe_applied":true,"error":"ServerError: y"}\n',
        encoding="utf-8",
    )
    sent: list[int] = []

    async def op(client: object, item: int) -> None:
        sent.append(item)

    report = await run_job(object(), [1, 2, 3, 4], op, checkpoint=ckpt)
    assert sorted(sent) == [2, 4], "done skipped, failed retried, in doubt not replayed"
    assert report.in_doubt == 1
    with Checkpoint(ckpt, job="operation") as again:
        assert again.prior("3") is not None


async def test_a_format_1_checkpoint_adopts_the_target_of_its_first_real_client(
    dixa: DixaClient, fake: FakeDixa, tmp_path: Path
) -> None:
    ckpt = tmp_path / "job.ckpt"
    ckpt.write_text('{"checkpoint":1,"job":"operation"}\n{"key":"1","event":"ok"}\n')

    async def op(client: DixaClient, item: int) -> None:
        await client.conversations.get(item)

    ids = sorted(fake.store.conversations)[:2]
    await run_job(dixa, ids, op, checkpoint=ckpt)
    headers = [json.loads(line) for line in ckpt.read_text().splitlines() if "kind" in line]
    assert [h["target"]["base_url"] for h in headers] == ["http://fake-a"]
    assert TOKEN_A not in ckpt.read_text()
    async with client_for(fake, TOKEN_B) as other:
        with pytest.raises(JobError, match="made against http://fake-a"):
            await run_job(other, ids, op, checkpoint=ckpt)


async def test_a_format_1_export_manifest_is_read_and_rewritten_as_format_2(
    dixa: DixaClient, fake: FakeDixa, tmp_path: Path
) -> None:
    ids = sorted(fake.store.conversations)[:6]
    out = tmp_path / "export.jsonl"
    manifest = await export_conversations(dixa, ids[:3], out)
    write(manifest.path, as_format_1(read(manifest.path)))
    again = await export_conversations(dixa, ids, out)
    assert again.already_exported == 3
    assert again.exported_total == 6
    saved = read(manifest.path)
    assert (saved["format"], saved["kind"]) == (2, "dixa-async export manifest")
    assert saved["target"]["base_url"] == "http://fake-a"


async def test_a_format_1_period_manifest_resumes(dixa: DixaClient, tmp_path: Path) -> None:
    out = tmp_path / "period"
    first = await export_period(dixa, out, since=SINCE, until=UNTIL)
    assert first.complete
    data = as_format_1(read(first.path))
    data["counts"]["failed"] = data["counts"].pop("failed_windows")  # the old name
    data["windows"][1].update(
        done=False, conversations=0, messages=0, skipped_duplicates=0, finished_at=None
    )
    data["counts"].update(
        windows_done=1,
        exported_total=data["windows"][0]["conversations"],
        messages_total=data["windows"][0]["messages"],
    )
    data["complete"] = False
    data["offsets"] = {}
    for name in ("conversations.jsonl", "messages.jsonl"):
        lines = (out / name).read_bytes().splitlines(keepends=True)
        kept = data["counts"]["exported_total" if name.startswith("c") else "messages_total"]
        data["offsets"][name] = len(b"".join(lines[:kept]))
    write(first.path, data)
    second = await export_period(dixa, out, since=SINCE, until=UNTIL)
    assert second.complete
    assert second.exported_total == first.exported_total
    assert (out / "conversations.jsonl").read_bytes().count(b"\n") == first.exported_total
    assert read(first.path)["format"] == 2


async def test_a_format_1_sync_state_continues_and_records_target_and_output(
    dixa: DixaClient, tmp_path: Path
) -> None:
    state, out = tmp_path / "state.json", tmp_path / "batches"
    await sync(dixa, state=state, output=out, since=SINCE, until=UNTIL)
    old = as_format_1(read(state))
    old["kind"] = "dixa-async sync"
    write(state, old)
    second = await sync(dixa, state=state, output=out, until=dt.date(2024, 4, 1))
    assert second.run == 2
    saved = read(state)
    assert saved["kind"] == "dixa-async sync state"
    assert saved["output"] == str(out)
    assert saved["target"]["base_url"] == "http://fake-a-exports"


# -- case 2: where a state file was made is checked before anything is sent ---------------


async def test_run_bulk_refuses_a_checkpoint_of_another_dixa_before_sending(
    fake: FakeDixa, tmp_path: Path
) -> None:
    ckpt = tmp_path / "notes.ckpt"
    records = [
        {"conversation_id": c, "message": "hi"} for c in sorted(fake.store.conversations)[:2]
    ]
    async with client_for(fake) as first:
        report = await run_bulk(first, "internal_notes.create", records, checkpoint=ckpt)
        assert report.succeeded == 2
    other_fake = FakeDixa(conversations=5, rate_limit=None, exports_rate_limit=None)
    async with client_for(other_fake, host="fake-b") as second:
        for dry_run in (False, True):
            with pytest.raises(JobError, match=r"made against http://fake-a \(token sha256:"):
                await run_bulk(
                    second, "internal_notes.create", records, checkpoint=ckpt, dry_run=dry_run
                )
    assert other_fake.operations == []
    assert sum(s.requests for s in other_fake.stats.values()) == 0


async def test_a_checkpoint_of_another_operation_is_refused(
    dixa: DixaClient, fake: FakeDixa, tmp_path: Path
) -> None:
    ckpt = tmp_path / "job.ckpt"
    conversation = sorted(fake.store.conversations)[0]
    await run_bulk(
        dixa, "internal_notes.create", [{"conversation_id": conversation, "message": "x"}],
        checkpoint=ckpt,
    )  # fmt: skip
    with pytest.raises(JobError, match=r"belongs to job 'internal_notes\.create'"):
        await run_bulk(
            dixa, "conversations.close", [{"conversation_id": conversation}], checkpoint=ckpt
        )
