"""`export_period`: a whole period through the Exports API of the in-process fake, window by
window, into conversations.jsonl + messages.jsonl + manifest.json; resumable without
duplicates or gaps."""

from __future__ import annotations

import asyncio
import datetime as dt
import fcntl
import itertools
import json
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from dixa_async.testing import FakeDixa
from dixa_async.warehouse import PeriodManifest, WindowProgress, export_period

from dixa_async import DixaClient, JobError, RetryPolicy

SINCE = dt.date(2024, 1, 1)
UNTIL = dt.date(2024, 7, 1)  # 182 days: six windows of at most 31 days
UTC = dt.UTC
MS = 1000


def ms_of(day: dt.date) -> int:
    return int(dt.datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp() * MS)


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def fake() -> FakeDixa:
    return FakeDixa(conversations=300, rate_limit=None, exports_rate_limit=None)


@pytest.fixture
async def dixa(fake: FakeDixa) -> AsyncIterator[DixaClient]:
    client = DixaClient(
        "period-export-token",
        base_url="http://fake-dixa",
        transport=httpx.ASGITransport(app=fake),
        rate_limit=None,
        exports_rate_limit=None,
        retry=RetryPolicy(max_retries=0),
    )
    async with client:
        yield client


def created_between(fake: FakeDixa, after_ms: int, before_ms: int) -> list[int]:
    return sorted(
        c.id
        for c in fake.store.conversations.values()
        if after_ms <= int(c.created * MS) < before_ms
    )


def v1_messages_between(fake: FakeDixa, after_ms: int, before_ms: int) -> set[str]:
    """Ids of the messages the v1 API lists, created in the range (the fake's store is
    what `GET /v1/conversations/{id}/messages` serves)."""
    found: set[str] = set()
    for conv in fake.store.conversations.values():
        for message in fake.store.messages_of(conv):
            stamp = dt.datetime.fromisoformat(message["createdAt"].split("[")[0])
            if after_ms <= int(stamp.timestamp() * MS) < before_ms:
                found.add(message["id"])
    return found


async def test_a_period_is_exported_once_with_one_request_per_window_and_stream(
    dixa: DixaClient, fake: FakeDixa, tmp_path: Path
) -> None:
    out = tmp_path / "warehouse"
    seen: list[WindowProgress] = []
    manifest = await export_period(dixa, out, since=SINCE, until=UNTIL, on_progress=seen.append)

    conversations = lines(out / "conversations.jsonl")
    ids = [c["id"] for c in conversations]
    assert ids == sorted(set(ids)), "every conversation once"
    assert ids == created_between(fake, ms_of(SINCE), ms_of(UNTIL))
    assert len(ids) == 300
    messages = lines(out / "messages.jsonl")
    message_ids = [m["id"] for m in messages]
    assert len(message_ids) == len(set(message_ids))
    assert set(message_ids) == v1_messages_between(fake, ms_of(SINCE), ms_of(UNTIL))
    assert {m["csid"] for m in messages} <= set(ids)  # joinable on csid
    assert conversations[0]["initial_channel"]
    assert "created_at" in conversations[0]

    # Six windows tiling the period, each one conversation and one message request.
    queries = fake.exports.queries
    assert len(queries) == 12
    conv_bounds = [(q["created_after"], q["created_before"]) for q in queries[0::2]]
    assert conv_bounds[0][0] == str(ms_of(SINCE))
    assert conv_bounds[-1][1] == str(ms_of(UNTIL))
    assert all(a[1] == b[0] for a, b in itertools.pairwise(conv_bounds))
    assert [(q["created_after"], q["created_before"]) for q in queries[1::2]] == conv_bounds
    assert manifest.requests == 12

    assert [p.state for p in seen if p.state != "running"] == ["started", "done"] * 6
    assert seen[-1].label == "2024-06-04..2024-07-01"


async def test_the_manifest_records_counts_windows_files_and_the_id_range(
    dixa: DixaClient, fake: FakeDixa, tmp_path: Path
) -> None:
    out = tmp_path / "warehouse"
    manifest = await export_period(dixa, out, since=SINCE, until=UNTIL)
    saved = json.loads((out / "manifest.json").read_text())
    assert saved == manifest.to_json()
    assert saved["complete"] is True
    assert saved["source"]["api"] == "exports"
    assert saved["source"]["after"] == "2024-01-01T00:00:00.000Z"
    assert saved["source"]["before"] == "2024-07-01T00:00:00.000Z"
    assert saved["files"] == ["conversations.jsonl", "messages.jsonl"]
    assert saved["parts"] == ["conversations", "messages"]
    counts = saved["counts"]
    assert counts["exported_total"] == counts["exported_this_run"] == 300
    assert counts["messages_total"] == len(lines(out / "messages.jsonl"))
    assert counts["windows_total"] == counts["windows_done"] == 6
    assert saved["ids"] == {"min": 1000, "max": 1299}
    assert saved["errors"] == []
    assert saved["requests"] == 12
    windows = saved["windows"]
    assert sum(w["conversations"] for w in windows) == 300
    assert all(w["done"] and w["finished_at"] for w in windows)
    assert saved["offsets"] == {
        "conversations.jsonl": (out / "conversations.jsonl").stat().st_size,
        "messages.jsonl": (out / "messages.jsonl").stat().st_size,
    }
    assert saved["started_at"] <= saved["finished_at"]


async def test_items_on_window_boundaries_fall_in_exactly_one_window(
    dixa: DixaClient, fake: FakeDixa, tmp_path: Path
) -> None:
    boundary = ms_of(dt.date(2024, 2, 1))  # the end of the first window, start of the second
    convs = sorted(fake.store.conversations.values(), key=lambda c: c.id)
    at_since, just_before, on_boundary, at_until, before_until = convs[:5]
    at_since.created = ms_of(SINCE) / MS
    just_before.created = (boundary - 1) / MS
    on_boundary.created = boundary / MS
    at_until.created = ms_of(UNTIL) / MS
    before_until.created = (ms_of(UNTIL) - 1) / MS

    out = tmp_path / "warehouse"
    manifest = await export_period(dixa, out, since=SINCE, until=UNTIL)
    ids = [c["id"] for c in lines(out / "conversations.jsonl")]
    assert len(ids) == len(set(ids))
    assert at_since.id in ids
    assert just_before.id in ids
    assert on_boundary.id in ids
    assert before_until.id in ids
    assert at_until.id not in ids, "until is exclusive"
    first, second = manifest.windows[0], manifest.windows[1]
    assert first["before_ms"] == second["after_ms"] == boundary
    window_of = {}
    for window in manifest.windows:
        for conv_id in created_between(fake, window["after_ms"], window["before_ms"]):
            window_of[conv_id] = window["after"]
    assert window_of[just_before.id] == first["after"]
    assert window_of[on_boundary.id] == second["after"]
    assert sum(w["conversations"] for w in manifest.windows) == len(ids) == 299


async def test_an_export_cancelled_between_windows_resumes_without_duplicates_or_gaps(
    dixa: DixaClient, fake: FakeDixa, tmp_path: Path
) -> None:
    out = tmp_path / "warehouse"
    two_done = asyncio.Event()

    def watch(progress: WindowProgress) -> None:
        if progress.state == "done" and progress.index == 2:
            two_done.set()

    task = asyncio.create_task(
        export_period(dixa, out, since=SINCE, until=UNTIL, on_progress=watch)
    )
    await two_done.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    partial = json.loads((out / "manifest.json").read_text())
    assert partial["complete"] is False
    done = [w for w in partial["windows"] if w["done"]]
    assert len(done) >= 2
    assert partial["offsets"]["conversations.jsonl"] == (out / "conversations.jsonl").stat().st_size

    # A process killed mid-window leaves uncommitted lines behind: the resume cuts them off.
    with (out / "conversations.jsonl").open("a") as fh:
        fh.write('{"id": 1000, "created_at": "2024-01-01T00:00:00Z"}\n{"id": 10')
    with (out / "messages.jsonl").open("a") as fh:
        fh.write('{"id": "torn-message", "csid": 1000}\n')

    fake.exports.queries.clear()
    progress: list[WindowProgress] = []
    manifest = await export_period(dixa, out, since=SINCE, until=UNTIL, on_progress=progress.append)
    assert manifest.complete
    assert [p.state for p in progress].count("skipped") == len(done)
    assert len(fake.exports.queries) == 2 * (6 - len(done)), "done windows are not fetched again"
    ids = [c["id"] for c in lines(out / "conversations.jsonl")]
    assert sorted(ids) == created_between(fake, ms_of(SINCE), ms_of(UNTIL))
    assert len(ids) == len(set(ids)) == 300
    message_ids = [m["id"] for m in lines(out / "messages.jsonl")]
    assert len(message_ids) == len(set(message_ids))
    assert set(message_ids) == v1_messages_between(fake, ms_of(SINCE), ms_of(UNTIL))
    assert manifest.already_exported == sum(w["conversations"] for w in done)
    assert manifest.exported_this_run == 300 - manifest.already_exported
    assert manifest.exported_total == 300


async def test_a_failing_window_is_rolled_back_reported_and_redone_by_the_next_run(
    dixa: DixaClient, fake: FakeDixa, tmp_path: Path
) -> None:
    out = tmp_path / "warehouse"

    def break_third_window(progress: WindowProgress) -> None:
        # The third window's message request gets a 500 (the client does not retry here).
        if progress.index == 3 and progress.state == "started":
            fake.inject_errors(route="GET /v1/message_export", status=500, limit=1)

    first = await export_period(dixa, out, since=SINCE, until=UNTIL, on_progress=break_third_window)
    assert not first.complete
    assert first.failed_windows == 1
    assert [w["done"] for w in first.windows] == [True, True, False, True, True, True]
    assert first.errors[0]["id"] == "2024-03-03T00:00:00.000Z..2024-04-03T00:00:00.000Z"
    assert "ServerError" in first.errors[0]["error"]
    third = first.windows[2]
    assert third["conversations"] == 0
    assert third["error"]
    # Nothing of the failed window is in the files: its conversations were rolled back.
    exported = {c["id"] for c in lines(out / "conversations.jsonl")}
    third_ids = set(created_between(fake, third["after_ms"], third["before_ms"]))
    assert third_ids
    assert not exported & third_ids

    second = await export_period(dixa, out, since=SINCE, until=UNTIL)
    assert second.complete
    assert second.failed_windows == 0
    assert second.errors == []
    ids = [c["id"] for c in lines(out / "conversations.jsonl")]
    assert sorted(ids) == created_between(fake, ms_of(SINCE), ms_of(UNTIL))
    assert len(ids) == len(set(ids))
    assert second.exported_this_run == len(third_ids)


async def test_without_until_a_rerun_finishes_the_period_it_started(
    dixa: DixaClient, tmp_path: Path
) -> None:
    out = tmp_path / "warehouse"
    since = dt.datetime(2024, 6, 1, tzinfo=UTC)
    first = await export_period(dixa, out, since=since)
    assert first.complete
    before = first.source["before_ms"]
    second = await export_period(dixa, out, since=since)
    assert second.source["before_ms"] == before, "the recorded end, not a new now"
    assert second.exported_this_run == 0
    assert second.already_exported == first.exported_total


async def test_a_directory_holding_another_period_or_in_use_is_refused(
    dixa: DixaClient, tmp_path: Path
) -> None:
    out = tmp_path / "warehouse"
    await export_period(dixa, out, since=SINCE, until=dt.date(2024, 2, 1))
    with pytest.raises(JobError, match="another directory"):
        await export_period(dixa, out, since=SINCE, until=UNTIL)
    with pytest.raises(JobError, match="messages"):
        await export_period(
            dixa, out, since=SINCE, until=dt.date(2024, 2, 1), include_messages=False
        )

    busy = tmp_path / "busy"
    busy.mkdir()
    # Another running job holds the data file's lock, as a second process would.
    fd = os.open(busy / "conversations.jsonl", os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    try:
        with pytest.raises(JobError, match="in use"):
            await export_period(dixa, busy, since=SINCE, until=UNTIL)
    finally:
        os.close(fd)
    assert not (busy / "manifest.json").exists(), "a refused run writes nothing"


async def test_files_changed_after_a_commit_are_refused_not_silently_patched(
    dixa: DixaClient, tmp_path: Path
) -> None:
    out = tmp_path / "warehouse"
    await export_period(dixa, out, since=SINCE, until=dt.date(2024, 2, 1))
    (out / "conversations.jsonl").write_text("")  # e.g. someone truncated the file
    with pytest.raises(JobError, match="changed after the export wrote it"):
        await export_period(dixa, out, since=SINCE, until=dt.date(2024, 2, 1))


async def test_bad_bounds_are_typed_errors_before_anything_is_sent(
    dixa: DixaClient, fake: FakeDixa, tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match="later than since"):
        await export_period(dixa, tmp_path / "a", since=UNTIL, until=SINCE)
    with pytest.raises(ValueError, match="timezone-aware"):
        await export_period(dixa, tmp_path / "b", since=dt.datetime(2024, 1, 1))
    with pytest.raises(TypeError):
        await export_period(dixa, tmp_path / "c", since="2024-01-01")  # type: ignore[arg-type]
    assert fake.exports.queries == []


async def test_conversations_only(dixa: DixaClient, fake: FakeDixa, tmp_path: Path) -> None:
    out = tmp_path / "conversations-only"
    manifest: PeriodManifest = await export_period(
        dixa, out, since=SINCE, until=UNTIL, include_messages=False
    )
    assert manifest.complete
    assert manifest.files == ["conversations.jsonl"]
    assert not (out / "messages.jsonl").exists()
    assert len(fake.exports.queries) == 6
    assert len(lines(out / "conversations.jsonl")) == 300
