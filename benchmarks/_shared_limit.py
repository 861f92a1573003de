"""The shared-limit figures of `make bench`: several processes on one token.

* Four worker processes (`_shared_worker`) share one token against the fake Dixa served at
  Dixa's real limit (10 requests/s, bursts of 4), each running a bulk job of reads. Once
  paced through one `RedisLimiter` (on a redis-server the bench starts itself), once with
  the in-process limiter only, so each process paces itself to the full limit. Figures:
  utilisation, the physical minimum (N - 4) / 10 s for the N items that succeeded over the
  time from the common start to the last worker's end (items that failed, their retries
  used up, count for nothing); the share of requests answered 429; failed items.
* Limiter overhead per request: `RedisLimiter.acquire` (one script call to the local
  Redis) against `InProcessLimiter.acquire`, at a rate that never makes anyone wait;
  batches of the two alternate, medians reported.
"""

from __future__ import annotations

import hashlib
import json
import statistics
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dixa_async.limits import InProcessLimiter, Limiter, RedisLimiter

from dixa_async import RateLimit

from ._redis import redis_server
from ._report import Figure
from ._server import fake_server

__all__ = ["shared_limit_figures"]

WORKERS = 4
DIXA_RATE, DIXA_BURST = 10.0, 4
ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class SharedRun:
    items: int
    failures: int
    requests: int
    rate_limited: int
    elapsed: float
    errors: tuple[str, ...]

    @property
    def utilisation(self) -> float:
        """Physical minimum for the items that succeeded, over the time taken."""
        done = self.items - self.failures
        return max(0, done - DIXA_BURST) / DIXA_RATE / self.elapsed

    @property
    def share_429(self) -> float:
        return 100.0 * self.rate_limited / self.requests if self.requests else 0.0

    def details(self) -> dict[str, Any]:
        return {
            "items": self.items,
            "seconds": round(self.elapsed, 2),
            "requests": self.requests,
            "answered_429": self.rate_limited,
            "failures": self.failures,
            "errors": list(self.errors),
        }


def _run_workers(base_url: str, redis_url: str, calls: int, timeout: float = 600) -> SharedRun:
    token = f"bench-shared-{uuid.uuid4().hex[:8]}"  # a fresh, full bucket on the fake
    settings = {"base_url": base_url, "token": token, "redis_url": redis_url, "calls": calls}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "benchmarks._shared_worker", json.dumps(settings)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for _ in range(WORKERS)
    ]
    try:
        for proc in procs:
            assert proc.stdout is not None
            if proc.stdout.readline().strip() != "ready":
                raise RuntimeError(f"a worker failed to start:\n{proc.communicate()[1]}")
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
        results = []
        for proc in procs:
            out, err = proc.communicate(timeout=timeout)
            if proc.returncode != 0:
                raise RuntimeError(f"a worker failed:\n{err}")
            results.append(json.loads(out.strip().splitlines()[-1]))
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    return SharedRun(
        items=sum(r["items"] for r in results),
        failures=sum(r["failures"] for r in results),
        requests=sum(r["requests"] for r in results),
        rate_limited=sum(r["rate_limited"] for r in results),
        elapsed=max(r["finished"] for r in results) - min(r["started"] for r in results),
        errors=tuple(sorted({e for r in results for e in r["errors"]})),
    )


async def _us_per_acquire(limiter: Limiter, fingerprint: str, rate: RateLimit, calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        await limiter.acquire(fingerprint, rate)
    return (time.perf_counter() - started) / calls * 1e6


async def limiter_overhead(
    redis_url: str, *, rounds: int = 20, batch: int = 200
) -> dict[str, float]:
    """Median microseconds per `acquire` of each limiter, at a rate nobody waits for."""
    never_waits = RateLimit(per_second=1e7, burst=10**6, headroom=0)
    fingerprint = hashlib.sha256(f"bench-overhead-{uuid.uuid4()}".encode()).hexdigest()
    local: Limiter = InProcessLimiter()
    redis_us: list[float] = []
    local_us: list[float] = []
    async with RedisLimiter(redis_url) as shared:
        await _us_per_acquire(shared, fingerprint, never_waits, batch)  # warm up
        for round_ in range(rounds):
            pair = [(shared, redis_us), (local, local_us)]
            for limiter, sink in pair if round_ % 2 == 0 else reversed(pair):
                sink.append(await _us_per_acquire(limiter, fingerprint, never_waits, batch))
    return {
        "redis_us_per_request": statistics.median(redis_us),
        "in_process_us_per_request": statistics.median(local_us),
        "acquires_each": rounds * batch,
    }


async def shared_limit_figures(calls_per_worker: int, console: Any) -> list[Figure]:
    items = WORKERS * calls_per_worker
    floor = max(0, items - DIXA_BURST) / DIXA_RATE
    with redis_server() as redis_url, fake_server() as base_url:
        console.print(
            f"[bold]shared limit[/]: {WORKERS} processes x {calls_per_worker} calls on one "
            f"token, through Redis ({redis_url}) ..."
        )
        shared = _run_workers(base_url, redis_url, calls_per_worker)
        console.print(f"   {shared.elapsed:.1f} s; each process pacing itself (in-process) ...")
        local = _run_workers(base_url, "", calls_per_worker)
        console.print(f"   {local.elapsed:.1f} s; limiter overhead, Redis vs in-process ...")
        overhead = await limiter_overhead(redis_url)
    console.print(
        f"   {overhead['redis_us_per_request']:.0f} us vs "
        f"{overhead['in_process_us_per_request']:.1f} us per request"
    )
    beside = "in-process only"
    return [
        Figure(
            f"{WORKERS} processes on one token, {items} calls: utilisation, shared limiter "
            f"({floor:.1f} s min / actual)",
            shared.utilisation,
            "x",
            0.95,
            ">=",
            details={"redis": shared.details(), beside: local.details()},
            baselines={beside: local.utilisation},
        ),
        Figure(
            f"{WORKERS} processes on one token: share answered 429, shared limiter",
            shared.share_429,
            "%",
            1.0,
            "<=",
            baselines={beside: local.share_429},
        ),
        Figure(
            f"{WORKERS} processes on one token: failed items, shared limiter",
            float(shared.failures),
            "items",
            0.0,
            "<=",
            baselines={beside: float(local.failures)},
        ),
        Figure(
            "limiter overhead per request, RedisLimiter (local Redis)",
            overhead["redis_us_per_request"],
            "us",
            None,
            details={k: round(v, 1) for k, v in overhead.items()},
            baselines={"InProcessLimiter": overhead["in_process_us_per_request"]},
        ),
    ]
