"""One checkpoint, one writer: a second job on the same file is refused before it sends
anything; a lock left by a killed process does not block the next run."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import textwrap
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from dixa_async.jobs import Checkpoint, run_job
from dixa_async.testing import FakeDixa
from dixa_async.warehouse import export_conversations

from dixa_async import DixaClient, JobError

LIVE_LIMIT = {"rate_limit": (10.0, 4), "conversations": 200}


class Recorder:
    def __init__(self) -> None:
        self.sent: list[int] = []


async def write(client: Recorder, item: int) -> None:
    client.sent.append(item)


async def test_a_second_job_on_a_held_checkpoint_is_refused_and_sends_nothing(
    tmp_path: Path,
) -> None:
    ckpt = tmp_path / "job.ckpt"
    client = Recorder()
    with Checkpoint(ckpt, job="operation"):
        with pytest.raises(JobError, match="is in use by another running job") as caught:
            await run_job(client, range(3), write, checkpoint=ckpt)
        assert str(ckpt) in str(caught.value)
        assert client.sent == []
    # Released on close: the next job runs.
    report = await run_job(client, range(3), write, checkpoint=ckpt)
    assert report.succeeded == 3


async def test_the_lock_is_held_while_the_job_runs_and_released_after(tmp_path: Path) -> None:
    ckpt = tmp_path / "job.ckpt"
    gate = asyncio.Event()
    inside = asyncio.Event()

    async def slow(client: Recorder, item: int) -> None:
        inside.set()
        await gate.wait()
        client.sent.append(item)

    first = asyncio.create_task(run_job(Recorder(), range(2), slow, checkpoint=ckpt))
    await inside.wait()
    second = Recorder()
    with pytest.raises(JobError, match="in use by another running job"):
        await run_job(second, range(2), write, checkpoint=ckpt)
    assert second.sent == []
    gate.set()
    assert (await first).succeeded == 2
    assert (await run_job(Recorder(), range(2), write, checkpoint=ckpt)).skipped == 2


async def test_an_open_checkpoint_handed_to_run_job_stays_locked_until_its_owner_closes_it(
    tmp_path: Path,
) -> None:
    ckpt = tmp_path / "job.ckpt"
    with Checkpoint(ckpt, job="operation") as held:
        report = await run_job(Recorder(), range(2), write, checkpoint=held)
        assert report.succeeded == 2
        assert held.is_open
        with pytest.raises(JobError, match="in use"):
            Checkpoint(ckpt).load()
    assert not held.is_open
    with pytest.raises(JobError, match="is for job 'other'"):
        await run_job(Recorder(), [1], write, checkpoint=Checkpoint(ckpt, job="other"))


async def test_a_dry_run_takes_no_lock(tmp_path: Path) -> None:
    ckpt = tmp_path / "job.ckpt"
    with Checkpoint(ckpt, job="operation"):
        report = await run_job(Recorder(), range(2), write, checkpoint=ckpt, dry_run=True)
    assert report.dry_run == 2


_HOLDER = textwrap.dedent(
    """
    import sys, time
    from dixa_async.jobs import Checkpoint
    checkpoint = Checkpoint(sys.argv[1], job="operation")
    checkpoint.load()
    print("locked", flush=True)
    time.sleep(600)
    """
)


def test_a_lock_left_by_a_killed_process_does_not_block_the_next_run(tmp_path: Path) -> None:
    ckpt = tmp_path / "job.ckpt"
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(ckpt)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(JobError, match="in use by another running job"):
            asyncio.run(run_job(Recorder(), range(3), write, checkpoint=ckpt))
        os.kill(holder.pid, signal.SIGKILL)  # no chance to unlock or clean up
        assert holder.wait(timeout=30) == -signal.SIGKILL
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    client = Recorder()
    report = asyncio.run(run_job(client, range(3), write, checkpoint=ckpt))
    assert report.succeeded == 3
    assert client.sent == [0, 1, 2]


async def test_a_second_export_into_the_same_file_is_refused(
    dixa_client: DixaClient, fake_dixa: FakeDixa, tmp_path: Path
) -> None:
    ids = sorted(fake_dixa.store.conversations)[:3]
    output = tmp_path / "export.jsonl"
    gate = asyncio.Event()
    started = asyncio.Event()

    async def held_ids() -> AsyncIterator[int]:
        started.set()
        await gate.wait()
        for conversation_id in ids:
            yield conversation_id

    first = asyncio.create_task(export_conversations(dixa_client, held_ids(), output, parts=[]))
    await started.wait()
    before = sum(stats.requests for stats in fake_dixa.stats.values())
    with pytest.raises(JobError, match=r"export file .*export.jsonl is in use"):
        await export_conversations(dixa_client, ids, output, parts=[])
    assert sum(stats.requests for stats in fake_dixa.stats.values()) == before
    gate.set()
    manifest = await first
    assert manifest.exported_total == 3
    lines = output.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3


# -- two real processes, started at once, at Dixa's real limit -----------------------------


@pytest.mark.fake_dixa(**LIVE_LIMIT)
def test_two_processes_on_one_checkpoint_one_refuses_and_each_note_lands_once(
    fake_dixa_server: str, fake_dixa: FakeDixa, tmp_path: Path
) -> None:
    ids = sorted(fake_dixa.store.conversations)[:100]  # about 10 s at the limit: ample overlap
    rows = tmp_path / "ids.csv"
    rows.write_text("conversation_id\n" + "".join(f"{i}\n" for i in ids), encoding="utf-8")
    ckpt = tmp_path / "notes.ckpt"
    env = {k: v for k, v in os.environ.items() if k not in ("DIXA_API_KEY", "COLUMNS")}

    def command(token: str) -> list[str]:
        return [
            sys.executable, "-m", "dixa_async.cli", "bulk", "add-note",
            "--input", str(rows), "--note", "one note only", "--checkpoint", str(ckpt),
            "--base-url", fake_dixa_server, "--api-key", token, "--no-progress",
        ]  # fmt: skip

    tokens = ("job-token-a", "job-token-b")
    procs = [
        subprocess.Popen(
            command(t), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
        )
        for t in tokens
    ]
    results = [p.communicate(timeout=300) for p in procs]
    statuses = [p.returncode for p in procs]
    assert sorted(statuses) == [0, 2], results
    loser = statuses.index(2)
    _, stderr = results[loser]
    refusal = [line for line in stderr.splitlines() if "in use by another running job" in line]
    assert len(refusal) == 1, stderr
    assert str(ckpt) in refusal[0], stderr
    # The refused job sent nothing at all, not even a look-up.
    assert fake_dixa.stats[tokens[loser]].requests == 0
    assert fake_dixa.stats[tokens[1 - loser]].requests >= len(ids)

    notes = Counter(
        cid
        for cid in ids
        for note in fake_dixa.store.notes_of(fake_dixa.store.conversations[cid])
        if note.get("message") == "one note only"
    )
    assert notes == Counter(dict.fromkeys(ids, 1))
