"""Done-when checks for bulk work against `python -m dixa_async.testing --port P`
at Dixa's real limit (10 requests/s per token, bursts of 4).

The timing target (within 1/0.97 of the physical minimum) is a benchmark
(`benchmarks/_jobs.py`); here the time is only printed, and the assertions are that every
call succeeds.
"""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from dixa_async.jobs import Progress, add_internal_note, run_job
from dixa_async.testing import FakeDixa

from dixa_async import DixaClient

CALLS = 150


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def fake_server_url(tmp_path: Path) -> Iterator[str]:
    port = _free_port()
    log = (tmp_path / "server.log").open("w")
    args = [sys.executable, "-m", "dixa_async.testing", "--port", str(port)]
    process = subprocess.Popen(args, stdout=log, stderr=log)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                assert process.poll() is None, "fake server exited"
                assert time.monotonic() < deadline, "fake server did not come up"
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


async def test_150_simultaneous_calls_at_the_real_limit_all_succeed(fake_server_url: str) -> None:
    async with DixaClient("done-when-token", base_url=fake_server_url) as dixa:
        started = time.perf_counter()
        results = await asyncio.gather(
            *(dixa.organization.get() for _ in range(CALLS)), return_exceptions=True
        )
        elapsed = time.perf_counter() - started
    failures = [r for r in results if isinstance(r, BaseException)]
    assert failures == []
    minimum = (CALLS - 4) / 10
    print(
        f"\n{CALLS} calls in {elapsed:.2f} s; physical minimum {minimum:.1f} s "
        f"(ratio {minimum / elapsed:.3f}); {dixa.stats.requests} requests, "
        f"{dixa.stats.rate_limited} answered 429"
    )
    assert dixa.stats.requests == CALLS + dixa.stats.retries


async def test_interrupted_job_resumes_from_its_checkpoint_each_item_once(
    dixa_client: DixaClient, fake_dixa: FakeDixa, tmp_path: Path
) -> None:
    ids = sorted(fake_dixa.store.conversations)[:100]
    checkpoint = tmp_path / "notes.jsonl"
    operation = add_internal_note(lambda cid: f"resume-{cid}")
    fake_dixa.add_latency(0.002)  # so the interruption catches requests in flight
    halfway = asyncio.Event()

    def watch(progress: Progress) -> None:
        if progress.done >= 50:
            halfway.set()

    job = asyncio.create_task(
        run_job(dixa_client, ids, operation, checkpoint=checkpoint, on_progress=watch)
    )
    await halfway.wait()
    job.cancel()
    with pytest.raises(asyncio.CancelledError):
        await job

    def notes() -> Counter[int]:
        return Counter(
            cid
            for cid in ids
            for note in fake_dixa.store.notes_of(fake_dixa.store.conversations[cid])
            if note.get("message") == f"resume-{cid}"
        )

    first = notes()
    assert 50 <= sum(first.values()) < 100
    report = await run_job(dixa_client, ids, operation, checkpoint=checkpoint)
    # A note that landed just before the interruption is stamped within the allowed clock
    # skew of its start: it cannot be told from an older one, so its item stays in doubt
    # (and is not sent again); every other item is done.
    assert report.failed == report.in_doubt
    assert all(
        "within 2 s of when this record was started" in str(f.error) for f in report.failures
    )
    assert report.skipped + report.succeeded + report.failed == 100
    assert notes() == Counter(dict.fromkeys(ids, 1))
    posts = [op for op in fake_dixa.operations if op.route.endswith("/notes")]
    assert len(posts) == 100  # no note was sent twice
