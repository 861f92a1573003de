"""A damaged state file is never believed (issue 18, case 4): every field of every state file
is checked for its type and meaning when read. Whatever field is damaged, the run ends in a
`JobError` naming the file and the field - never a raw KeyError/TypeError/AttributeError,
never a run that skips work - and sends nothing and changes no file."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from dixa_async.jobs import run_job
from dixa_async.testing import FakeDixa
from dixa_async.warehouse import WindowProgress, export_conversations, export_period, sync

from dixa_async import DixaClient, JobError, RetryPolicy

SINCE = dt.date(2024, 1, 1)
UNTIL = dt.date(2024, 3, 1)  # two windows


@pytest.fixture(scope="module")
def fake() -> FakeDixa:
    return FakeDixa(conversations=50, rate_limit=None, exports_rate_limit=None)


@pytest.fixture
async def dixa(fake: FakeDixa) -> AsyncIterator[DixaClient]:
    client = DixaClient(
        "damage-token",
        base_url="http://fake-dixa",
        transport=httpx.ASGITransport(app=fake),
        rate_limit=None,
        exports_rate_limit=None,
        retry=RetryPolicy(max_retries=0),
    )
    async with client:
        yield client


def requests(client: DixaClient) -> int:
    return client.stats.requests + client.exports.stats.requests


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _wrong(value: Any) -> Any:
    """A value of another JSON type than `value`, that no field holding `value` accepts."""
    if isinstance(value, bool):
        return "false" if value else "true"  # the classic: a string that reads as truthy
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return 7
    if value is None:
        return []
    return "abc"  # in place of an object or a list


def damaged_fields(data: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """(field path, a copy of `data` with that one field of the wrong type), for every field
    at every depth (containers included)."""
    children: list[tuple[str, Any]] = []
    if isinstance(data, dict):
        children = [(f"{path}.{k}" if path else k, k) for k in data]
    elif isinstance(data, list):
        children = [(f"{path}[{i}]", i) for i in range(len(data))]
    for where, key in children:
        mutated = copy.deepcopy(data)
        mutated[key] = _wrong(data[key])
        yield where, mutated
        for inner_where, inner in damaged_fields(data[key], where):
            outer = copy.deepcopy(data)
            outer[key] = inner
            yield inner_where, outer


def _field_named(error: JobError, where: str, path: Path) -> None:
    text = str(error)
    assert str(path) in text, text
    # The message names the field (or, for the envelope, says what the file is not).
    top = where.split(".")[0].split("[")[0]
    assert top in text or "not a" in text or "format" in text, (where, text)


# -- the done-when: a window whose `done` is the string "false" ------------------------------


async def test_a_window_done_as_the_string_false_is_refused_and_nothing_changes(
    dixa: DixaClient, tmp_path: Path
) -> None:
    out = tmp_path / "period"
    first = await export_period(dixa, out, since=SINCE, until=UNTIL)
    manifest = json.loads(first.path.read_text())
    manifest["windows"][0]["done"] = "false"
    first.path.write_text(json.dumps(manifest))
    before, sent = snapshot(out), requests(dixa)
    with pytest.raises(JobError) as caught:
        await export_period(dixa, out, since=SINCE, until=UNTIL)
    assert str(first.path) in str(caught.value)
    assert "field windows[0].done expected true or false, found a string 'false'" in str(
        caught.value
    )
    assert snapshot(out) == before
    assert requests(dixa) == sent


async def test_a_hand_set_done_that_the_counts_disagree_with_is_refused(
    dixa: DixaClient, fake: FakeDixa, tmp_path: Path
) -> None:
    out = tmp_path / "period"

    def break_second_window(progress: WindowProgress) -> None:
        # Its message stream answers 500 (not retried here): it is not done.
        if progress.index == 2 and progress.state == "started":
            fake.inject_errors(route="GET /v1/message_export", status=500, limit=1)

    first = await export_period(
        dixa, out, since=SINCE, until=UNTIL, on_progress=break_second_window
    )
    assert first.windows_done == 1
    manifest = json.loads(first.path.read_text())
    window = manifest["windows"][1]
    window.update(done=True, finished_at="2024-03-01T00:00:00Z", conversations=9, messages=20)
    first.path.write_text(json.dumps(manifest))
    with pytest.raises(JobError, match=r"field counts\.windows_done is 1 but the windows say 2"):
        await export_period(dixa, out, since=SINCE, until=UNTIL)

    # Counts made to agree with each other still disagree with the lines in the files.
    manifest["counts"].update(
        windows_done=2,
        exported_total=manifest["counts"]["exported_total"] + 9,
        messages_total=manifest["counts"]["messages_total"] + 20,
    )
    manifest["complete"] = True
    first.path.write_text(json.dumps(manifest))
    before = snapshot(out)
    with pytest.raises(JobError, match=r"field windows count \d+ conversations in done windows"):
        await export_period(dixa, out, since=SINCE, until=UNTIL)
    assert snapshot(out) == before

    # A done window without a finish time was not set by an export.
    manifest = json.loads(first.path.read_text())
    manifest["windows"][0]["finished_at"] = None
    first.path.write_text(json.dumps(manifest))
    with pytest.raises(JobError, match=r"field windows\[0\]\.done is true but finished_at"):
        await export_period(dixa, out, since=SINCE, until=UNTIL)


# -- every field of every state file -------------------------------------------------------


async def test_every_damaged_field_of_a_period_manifest_is_a_job_error(
    dixa: DixaClient, tmp_path: Path
) -> None:
    out = tmp_path / "period"
    first = await export_period(dixa, out, since=SINCE, until=UNTIL)
    good = json.loads(first.path.read_text())
    sent = requests(dixa)
    tried = 0
    for where, damaged in damaged_fields(good):
        first.path.write_text(json.dumps(damaged))
        before = snapshot(out)
        with pytest.raises(JobError) as caught:
            await export_period(dixa, out, since=SINCE, until=UNTIL)
        _field_named(caught.value, where, first.path)
        assert snapshot(out) == before, where
        tried += 1
    assert tried > 60
    assert requests(dixa) == sent, "nothing was sent for any damaged manifest"


async def test_every_damaged_field_of_a_sync_state_is_a_job_error(
    dixa: DixaClient, tmp_path: Path
) -> None:
    state, out = tmp_path / "state.json", tmp_path / "batches"
    await sync(dixa, state=state, output=out, since=SINCE, until=UNTIL)
    good = json.loads(state.read_text())
    # A pending run and some overlap, so that those fields are damaged too.
    good["pending"] = {
        "run": 2,
        "batch": "run-000002",
        "mode": "incremental",
        "start_ms": good["bookmark"]["end_ms"] - 1000,
        "end_ms": good["bookmark"]["end_ms"] + 1000,
        "started_at": "2024-03-01T00:00:00Z",
    }
    good["seen"] = {"conversations": {"1001": 1}, "messages": {"m-1": 2}}
    sent = requests(dixa)
    for where, damaged in damaged_fields(good):
        state.write_text(json.dumps(damaged))
        before = snapshot(tmp_path)
        with pytest.raises(JobError) as caught:
            await sync(dixa, state=state, output=out)
        _field_named(caught.value, where, state)
        assert snapshot(tmp_path) == before, where
    assert requests(dixa) == sent


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("runs", "abc", "field runs expected a list"),
        ("include_messages", "false", "field include_messages expected true or false"),
        ("overlap_ms", -5, "field overlap_ms expected an integer >= 0"),
    ],
)
async def test_the_sync_state_fields_the_issue_names(
    dixa: DixaClient, tmp_path: Path, field: str, value: Any, problem: str
) -> None:
    state, out = tmp_path / "state.json", tmp_path / "batches"
    await sync(dixa, state=state, output=out, since=SINCE, until=UNTIL)
    data = json.loads(state.read_text())
    data[field] = value
    state.write_text(json.dumps(data))
    with pytest.raises(JobError, match=problem):
        await sync(dixa, state=state, output=out)


async def test_runs_out_of_sequence_are_refused(dixa: DixaClient, tmp_path: Path) -> None:
    state, out = tmp_path / "state.json", tmp_path / "batches"
    await sync(dixa, state=state, output=out, since=SINCE, until=UNTIL)
    data = json.loads(state.read_text())
    data["runs"][0]["run"] = 3
    data["runs"][0]["batch"] = "run-000003"
    state.write_text(json.dumps(data))
    with pytest.raises(JobError, match=r"field runs\[0\] is not run 1 in batch run-000001"):
        await sync(dixa, state=state, output=out)


async def test_every_damaged_field_of_an_export_manifest_is_a_job_error(
    dixa: DixaClient, fake: FakeDixa, tmp_path: Path
) -> None:
    out = tmp_path / "export.jsonl"
    ids = sorted(fake.store.conversations)[:3]
    manifest = await export_conversations(dixa, ids, out)
    good = json.loads(manifest.path.read_text())
    good["errors"] = [{"id": "7", "error": "NotFoundError: gone"}]
    sent = requests(dixa)
    for where, damaged in damaged_fields(good):
        manifest.path.write_text(json.dumps(damaged))
        before = snapshot(tmp_path)
        with pytest.raises(JobError) as caught:
            await export_conversations(dixa, [*ids, ids[-1] + 1], out)
        _field_named(caught.value, where, manifest.path)
        assert snapshot(tmp_path) == before, where
    assert requests(dixa) == sent


async def test_every_damaged_field_of_a_checkpoint_record_is_a_job_error(tmp_path: Path) -> None:
    ckpt = tmp_path / "job.ckpt"
    records: list[dict[str, Any]] = [
        {"format": 2, "kind": "dixa-async checkpoint", "job": "operation", "target": None},
        {"key": "1", "event": "started"},
        {"key": "1", "event": "ok"},
        {"key": "2", "event": "failed", "in_doubt": True, "error": "ServerError: x"},
    ]
    sent: list[int] = []

    async def op(client: object, item: int) -> None:
        sent.append(item)

    for number, record in enumerate(records):
        for where, damaged in damaged_fields(record):
            lines = [*records[:number], damaged, *records[number + 1 :]]
            ckpt.write_text("".join(json.dumps(r) + "\n" for r in lines))
            before = ckpt.read_bytes()
            with pytest.raises(JobError) as caught:
                await run_job(object(), [1, 2, 3], op, checkpoint=ckpt)
            assert str(ckpt) in str(caught.value), where
            assert ckpt.read_bytes() == before, where
    assert sent == []
