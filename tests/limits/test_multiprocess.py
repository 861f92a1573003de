"""Four processes, one token, the real limit: together they stay under it.

Four worker processes (`_worker.py`) each run a bulk job of 40 writes on the same token
against the fake Dixa served over HTTP at Dixa's limit (10 requests/s, bursts of 4), all
paced through one real redis-server. The fake is the judge: it counts every request and
every 429 it answered, and records every note it created.
"""

from __future__ import annotations

import json
import select
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import IO, Any

import pytest
from dixa_async.testing import FakeDixa

WORKERS, CALLS = 4, 40
WORKER = Path(__file__).with_name("_worker.py")


def read_line(proc: subprocess.Popen[str], deadline: float) -> str:
    stdout: IO[str] = proc.stdout  # type: ignore[assignment]
    while time.monotonic() < deadline:
        ready, _, _ = select.select([stdout], [], [], 0.2)
        if ready:
            return stdout.readline().strip()
        if proc.poll() is not None:
            break
    return ""


def fail_with_output(procs: list[subprocess.Popen[str]], what: str) -> None:
    for proc in procs:
        proc.kill()
    errors = "\n---\n".join(proc.communicate()[1] or "" for proc in procs)
    pytest.fail(f"{what}; worker stderr:\n{errors}")


def run_workers(settings: list[dict[str, Any]], timeout: float = 90) -> list[dict[str, Any]]:
    procs = [
        subprocess.Popen(
            [sys.executable, str(WORKER), json.dumps(each)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for each in settings
    ]
    deadline = time.monotonic() + timeout
    if any(read_line(proc, deadline) != "ready" for proc in procs):
        fail_with_output(procs, "a worker did not get ready")
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    results = []
    for proc in procs:
        line = read_line(proc, deadline)
        if not line:
            fail_with_output(procs, "a worker did not report")
        results.append(json.loads(line))
    for proc in procs:
        proc.communicate(timeout=10)  # reaps it and closes its pipes
    return results


@pytest.mark.fake_dixa(rate_limit=(10.0, 4), conversations=200)
def test_four_processes_sharing_a_token_stay_under_its_limit_together(
    fake_dixa: FakeDixa, fake_dixa_server: str, redis_url: str, token: str, tmp_path: Path
) -> None:
    ids = sorted(fake_dixa.store.conversations)[: WORKERS * CALLS]
    settings = [
        {
            "base_url": fake_dixa_server,
            "token": token,
            "redis_url": redis_url,
            "ids": ids[shard::WORKERS],
            "checkpoint": str(tmp_path / f"notes.{shard}.ckpt"),
        }
        for shard in range(WORKERS)
    ]
    results = run_workers(settings)

    assert [r["succeeded"] for r in results] == [CALLS] * WORKERS
    assert [r["failed"] for r in results] == [0] * WORKERS
    seen = fake_dixa.stats[token]
    assert seen.requests >= WORKERS * CALLS
    assert seen.rate_limited <= 0.01 * seen.requests, (
        f"{seen.rate_limited} of {seen.requests} requests were answered 429"
    )
    # Each conversation got its note exactly once: nothing lost, nothing sent twice.
    created = Counter(
        op.path
        for op in fake_dixa.operations
        if op.token == token and op.method == "POST" and op.status < 300
    )
    assert created == Counter(f"/v1/conversations/{cid}/notes" for cid in ids)
