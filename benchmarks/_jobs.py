"""Bulk-work figures for `make bench`, against the fake served in a subprocess at Dixa's
real limit (10 requests/s per token, bursts of 4).

* `simultaneous_calls`: N calls fired at once through one `DixaClient`; the physical minimum
  is (N - 4) / 10 s (the burst goes at once, the rest at 10/s). Target: efficiency
  (minimum / elapsed) >= 0.97, with no failures.
* `pool_throughput`: the same bulk job over 1..k tokens; requests per second should grow
  linearly (k tokens -> about 10 * k/s).
"""

from __future__ import annotations

import asyncio
import time

from dixa_async.custom import DixaClient
from dixa_async.custom.jobs import TokenPool, run_job

from ._report import Figure

__all__ = ["pool_throughput", "simultaneous_calls"]


async def simultaneous_calls(base_url: str, calls: int = 150) -> Figure:
    """Fire `calls` GETs at once; efficiency = physical minimum / elapsed (target 0.97)."""
    async with DixaClient("bench-simultaneous", base_url=base_url) as dixa:
        started = time.perf_counter()
        results = await asyncio.gather(
            *(dixa.organization.get() for _ in range(calls)), return_exceptions=True
        )
        elapsed = time.perf_counter() - started
        failures = sum(isinstance(r, BaseException) for r in results)
        stats = dixa.stats
    minimum = (calls - 4) / 10
    return Figure(
        name=f"{calls} simultaneous calls, efficiency vs ({calls}-4)/10 s",
        value=round(minimum / elapsed, 4) if failures == 0 else 0.0,
        unit="ratio",
        target=0.97,
        details={
            "elapsed_s": round(elapsed, 3),
            "physical_minimum_s": minimum,
            "failures": failures,
            "requests": stats.requests,
            "rate_limited": stats.rate_limited,
        },
    )


async def pool_throughput(base_url: str, tokens: int = 3, items: int = 60) -> Figure:
    """Run a read job of `items` conversation fetches over 1 and `tokens` tokens; the figure is
    the speed-up (target: at least 0.9 * tokens)."""

    async def fetch(dixa: DixaClient, conversation_id: int) -> None:
        await dixa.conversations.get(conversation_id)

    async def rate_with(count: int) -> float:
        names = [f"bench-pool-{count}-{i}" for i in range(count)]
        async with TokenPool.from_tokens(names, base_url=base_url) as pool:
            report = await run_job(range(1000, 1000 + items), fetch, pool=pool, concurrency=4)
        if report.failed:
            raise RuntimeError(f"{report.failed} fetches failed")
        return report.request_rate or 0.0

    single = await rate_with(1)
    pooled = await rate_with(tokens)
    return Figure(
        name=f"bulk job speed-up with {tokens} tokens",
        value=round(pooled / single, 3),
        unit="x",
        target=0.9 * tokens,
        details={"one_token_rps": round(single, 2), f"{tokens}_tokens_rps": round(pooled, 2)},
    )
