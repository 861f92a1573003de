"""One worker process of the shared-limit benchmark:

    python -m benchmarks._shared_worker '{"base_url": ..., "token": ..., "redis_url": ..., "calls": N}'

A bulk job of `calls` reads through `run_job` (8 in flight), paced by a `RedisLimiter` when
`redis_url` is set and by the in-process limiter otherwise. Prints `ready` once its client is
open, starts on one line of stdin (so all workers start together) and prints its figures
as one JSON line.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from typing import Any

from dixa_async.jobs import Task, run_job
from dixa_async.limits import RedisLimiter

from dixa_async import DixaClient


async def _read(dixa: DixaClient, _: int) -> None:
    await dixa.organization.get()


async def work(settings: dict[str, Any]) -> dict[str, Any]:
    limiter = RedisLimiter(settings["redis_url"]) if settings["redis_url"] else None
    async with DixaClient(
        settings["token"], base_url=settings["base_url"], limiter=limiter
    ) as dixa:
        print("ready", flush=True)
        await asyncio.to_thread(sys.stdin.readline)
        started = time.time()
        report = await run_job(
            dixa, range(settings["calls"]), Task(_read, name="read", idempotent=True)
        )
        finished = time.time()
    return {
        "items": settings["calls"],
        "failures": report.failed,
        "requests": report.requests or 0,
        "rate_limited": report.rate_limited or 0,
        "errors": sorted({f"{type(o.error).__name__}: {o.error}" for o in report.failures}),
        "started": started,
        "finished": finished,
    }


if __name__ == "__main__":
    print(json.dumps(asyncio.run(work(json.loads(sys.argv[1])))), flush=True)
