"""Two ways people write a bulk job without an SDK, measured beside dixa-async.

Both send the same requests as the SDK's job (`PUT /v1/conversations/{id}/tags/{tagId}`)
over raw httpx to the same fake Dixa at Dixa's real limit.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

import httpx

__all__ = ["RawRun", "naive_gather", "sequential_backoff"]


@dataclass(frozen=True)
class RawRun:
    items: int
    failures: int
    requests: int
    rate_limited: int
    elapsed: float


async def naive_gather(
    base_url: str, token: str, conversation_ids: list[int], tag_id: str, *, sleep: float = 1.0
) -> RawRun:
    """Fire every request at once; on a 429 sleep a fixed `sleep` and try again."""
    counts = {"requests": 0, "limited": 0, "failures": 0}
    limits = httpx.Limits(max_connections=100)
    async with httpx.AsyncClient(
        base_url=base_url, headers={"Authorization": token}, limits=limits, timeout=60.0
    ) as http:

        async def one(cid: int) -> None:
            while True:
                counts["requests"] += 1
                response = await http.put(f"/v1/conversations/{cid}/tags/{tag_id}")
                if response.status_code != 429:
                    counts["failures"] += response.is_error
                    return
                counts["limited"] += 1
                await asyncio.sleep(sleep)

        started = time.perf_counter()
        await asyncio.gather(*(one(cid) for cid in conversation_ids))
        elapsed = time.perf_counter() - started
    return RawRun(
        len(conversation_ids), counts["failures"], counts["requests"], counts["limited"], elapsed
    )


async def sequential_backoff(
    base_url: str,
    token: str,
    conversation_ids: list[int],
    tag_id: str,
    *,
    first_delay: float = 0.1,
    max_delay: float = 5.0,
) -> RawRun:
    """One request at a time; on a 429 back off exponentially (0.1 s, 0.2 s, ...)."""
    requests = limited = failures = 0
    async with httpx.AsyncClient(
        base_url=base_url, headers={"Authorization": token}, timeout=60.0
    ) as http:
        started = time.perf_counter()
        for cid in conversation_ids:
            delay = first_delay
            while True:
                requests += 1
                response = await http.put(f"/v1/conversations/{cid}/tags/{tag_id}")
                if response.status_code != 429:
                    failures += response.is_error
                    break
                limited += 1
                await asyncio.sleep(delay)
                delay = min(max_delay, delay * 2)
        elapsed = time.perf_counter() - started
    return RawRun(len(conversation_ids), failures, requests, limited, elapsed)
