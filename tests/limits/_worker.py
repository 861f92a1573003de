"""One worker process of the multi-process test, run as a script:

    python tests/limits/_worker.py '{"base_url": ..., "token": ..., "redis_url": ..., ...}'

It does what the README's worked example does: a bulk job over its own shard of the items,
with its own checkpoint shard, paced through the shared limiter. It prints `ready` once its
client is open (Redis checked), waits for one line on stdin so that all workers start
together, then prints its report as one JSON line.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from typing import Any

from dixa_async.jobs import add_internal_note, run_job
from dixa_async.limits import RedisLimiter

from dixa_async import DixaClient


def note(conversation_id: int) -> str:
    return f"shared-limit test note for {conversation_id}"


async def work(settings: dict[str, Any]) -> dict[str, Any]:
    limiter = RedisLimiter(settings["redis_url"]) if settings["redis_url"] else None
    async with DixaClient(
        settings["token"], base_url=settings["base_url"], limiter=limiter
    ) as dixa:
        print("ready", flush=True)
        await asyncio.to_thread(sys.stdin.readline)
        started = time.time()
        report = await run_job(
            dixa, settings["ids"], add_internal_note(note), checkpoint=settings["checkpoint"]
        )
        return {
            "succeeded": report.succeeded,
            "failed": report.failed,
            "requests": report.requests,
            "rate_limited": report.rate_limited,
            "started": started,
            "finished": time.time(),
        }


if __name__ == "__main__":
    print(json.dumps(asyncio.run(work(json.loads(sys.argv[1])))), flush=True)
