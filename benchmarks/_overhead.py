"""Client overhead per request: `DixaClient` against raw httpx, limiter off, both talking to
the same in-process fake through `httpx.ASGITransport` (no sockets, so the comparison is
not drowned in network noise).

Both sides fetch and decode the same conversation; the client also runs its pipeline
(access guard, retry bookkeeping, stats), error mapping and model parsing. Batches of the
two alternate, each round starting with the other side, and the reported figure is the
median of the per-round ratios, so drift (CPU frequency, GC) hits both equally.
"""

from __future__ import annotations

import gc
import statistics
import time

import httpx
from dixa_async.testing import FakeDixa

from dixa_async import DixaClient

__all__ = ["measure_overhead"]

_BASE = "http://fake-dixa.bench"


async def measure_overhead(*, rounds: int = 40, batch: int = 50) -> dict[str, float]:
    fake = FakeDixa(conversations=200, rate_limit=None)
    token = "bench-overhead"
    ids = [1000 + i for i in range(batch)]
    client = DixaClient(
        token, base_url=_BASE, rate_limit=None, transport=httpx.ASGITransport(app=fake)
    )
    raw = httpx.AsyncClient(
        base_url=_BASE, headers={"Authorization": token}, transport=httpx.ASGITransport(app=fake)
    )

    async def sdk_batch() -> float:
        started = time.perf_counter()
        for cid in ids:
            await client.conversations.get(cid)
        return time.perf_counter() - started

    async def raw_batch() -> float:
        started = time.perf_counter()
        for cid in ids:
            response = await raw.get(f"/v1/conversations/{cid}")
            response.raise_for_status()
            response.json()
        return time.perf_counter() - started

    async with client, raw:
        await sdk_batch()  # warm both paths: imports, lazily built fake data, pools
        await raw_batch()
        ratios, sdk_times, raw_times = [], [], []
        gc.collect()
        for round_ in range(rounds):
            if round_ % 2:
                t_raw, t_sdk = await raw_batch(), await sdk_batch()
            else:
                t_sdk, t_raw = await sdk_batch(), await raw_batch()
            ratios.append(t_sdk / t_raw)
            sdk_times.append(t_sdk / batch)
            raw_times.append(t_raw / batch)
    return {
        "ratio": statistics.median(ratios),
        "sdk_us_per_request": statistics.median(sdk_times) * 1e6,
        "raw_us_per_request": statistics.median(raw_times) * 1e6,
        "requests_each": rounds * batch,
    }
