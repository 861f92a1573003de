"""Losing Redis mid-run: requests keep flowing, paced in-process, with one warning; and
sharing resumes once Redis answers again. Each test has a redis-server of its own to kill."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from pathlib import Path

import httpx
import pytest
import redis
from _redis_server import RedisServer
from dixa_async.jobs import Progress, add_internal_note, run_job
from dixa_async.limits import RedisLimiter
from dixa_async.testing import FakeDixa

from dixa_async import DixaClient, RateLimit

ORG = {"data": {"id": "o1", "name": "Acme", "status": "Active", "subdomain": "a"}}
# Nothing comes back into the bucket while a test runs.
GLACIAL = RateLimit(per_second=0.001, burst=3, headroom=0)


def lost_warnings(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [
        r
        for r in caplog.records
        if r.name == "dixa_async" and r.levelno == logging.WARNING and "lost Redis" in r.message
    ]


async def test_after_losing_redis_requests_flow_but_stay_paced(
    own_redis: RedisServer, token: str, caplog: pytest.LogCaptureFixture
) -> None:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=ORG)

    caplog.set_level(logging.INFO, logger="dixa_async")
    url = own_redis.url.replace("redis://", "redis://:unused-password-7@")
    limiter = RedisLimiter(url, retry_interval=60)
    transport = httpx.MockTransport(record)
    async with DixaClient(token, transport=transport, rate_limit=GLACIAL, limiter=limiter) as dixa:
        await dixa.organization.get()  # paced through Redis
        own_redis.kill()
        for _ in range(3):
            await dixa.organization.get()  # no crash: the in-process bucket takes over
        assert not limiter.shared
        # ... and it paces: with its capacity used, the next request is held back.
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(dixa.organization.get(), timeout=0.3)
    assert len(sent) == 4
    [warning] = lost_warnings(caplog)
    assert "redis://127.0.0.1" in warning.message
    assert "unused-password-7" not in caplog.text
    assert token not in caplog.text


async def test_sharing_resumes_when_redis_answers_again(
    own_redis: RedisServer, token: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="dixa_async")
    limiter = RedisLimiter(own_redis.url, retry_interval=0.2)
    transport = httpx.MockTransport(lambda _: httpx.Response(200, json=ORG))
    async with DixaClient(token, transport=transport, limiter=limiter) as dixa:
        await dixa.organization.get()
        own_redis.kill()
        await dixa.organization.get()
        assert not limiter.shared
        own_redis.start()  # same port, empty, as after a restart
        await asyncio.sleep(0.3)  # past retry_interval: the next request tries Redis
        await dixa.organization.get()
        assert limiter.shared
        store = redis.Redis.from_url(own_redis.url)
        try:
            assert store.exists(limiter.key(dixa_fingerprint(token), RateLimit()))
        finally:
            store.close()
    assert len(lost_warnings(caplog)) == 1
    assert any("is back" in r.message for r in caplog.records if r.name == "dixa_async")


@pytest.mark.fake_dixa(rate_limit=(10.0, 4), conversations=200)
async def test_a_job_finishes_when_redis_dies_mid_run_and_loses_or_repeats_nothing(
    fake_dixa: FakeDixa,
    fake_dixa_server: str,
    own_redis: RedisServer,
    token: str,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="dixa_async")
    ids = sorted(fake_dixa.store.conversations)[:40]
    checkpoint = tmp_path / "notes.ckpt"
    killed_at: list[int] = []

    def kill_redis_after_ten(progress: Progress) -> None:
        if progress.done >= 10 and not killed_at:
            own_redis.kill()
            killed_at.append(progress.done)

    operation = add_internal_note(lambda cid: f"note for {cid}")
    limiter = RedisLimiter(own_redis.url, retry_interval=60)
    async with DixaClient(token, base_url=fake_dixa_server, limiter=limiter) as dixa:
        report = await run_job(
            dixa, ids, operation, checkpoint=checkpoint, on_progress=kill_redis_after_ten
        )
        assert not limiter.shared

    assert killed_at, "Redis was never killed: the test proved nothing"
    assert (report.succeeded, report.failed, report.in_doubt) == (40, 0, 0)
    assert len(lost_warnings(caplog)) == 1
    created = Counter(
        op.path for op in fake_dixa.operations if op.method == "POST" and op.status < 300
    )
    assert created == Counter(f"/v1/conversations/{cid}/notes" for cid in ids)

    # The checkpoint knows all of it: a re-run (Redis still down) sends nothing.
    async with DixaClient(token, base_url=fake_dixa_server) as dixa:
        again = await run_job(dixa, ids, operation, checkpoint=checkpoint)
    assert (again.skipped, again.succeeded) == (40, 0)
    assert len(fake_dixa.operations) == len(ids)


def dixa_fingerprint(token: str) -> str:
    import hashlib

    return hashlib.sha256(token.encode()).hexdigest()
