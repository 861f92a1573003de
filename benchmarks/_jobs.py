"""The simultaneous-calls figure for `make bench`, against the fake served in a subprocess at Dixa's
real limit (10 requests/s per token, bursts of 4).

* `simultaneous_calls`: N calls fired at once through one `DixaClient`; the physical minimum
  is (N - 4) / 10 s (the burst goes at once, the rest at 10/s). Target: efficiency
  (minimum / elapsed) >= 0.97, with no failures.
"""

from __future__ import annotations

import asyncio
import time

from dixa_async import DixaClient

from ._report import Figure

__all__ = ["simultaneous_calls"]


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
