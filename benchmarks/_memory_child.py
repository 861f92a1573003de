"""Run in a subprocess by the memory benchmark: export 100,000 conversations and report the
process's resident memory before the export and at its peak.

The fake Dixa runs in this same process (in-process ASGI, limiter off): over a socket,
httpx and uvicorn would make the run minutes long. Its 100,000 seeded conversations are in
memory before the baseline is taken; anything the fake allocates during the export counts
against the SDK, so the figure errs on the pessimistic side.

Output (stdout, one JSON object): baseline_rss_mb, peak_rss_mb, exported, failed, elapsed.
"""

from __future__ import annotations

import asyncio
import gc
import json
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
from dixa_async.testing import FakeDixa
from dixa_async.warehouse import Part, export_conversations

from dixa_async import DixaClient

from ._rss import peak_mb, rss_mb


async def main(count: int, parts: list[Part]) -> None:
    fake = FakeDixa(conversations=count, rate_limit=None)
    transport = httpx.ASGITransport(app=fake)
    async with DixaClient(
        "bench-memory", base_url="http://fake-dixa.bench", rate_limit=None, transport=transport
    ) as client:

        async def ids() -> AsyncIterator[int]:
            # The fake numbers its seeded conversations from 1000. Generated lazily, like
            # search pages would arrive (searching 100,000 conversations page by page would
            # measure the fake's search, not the export).
            for cid in range(1000, 1000 + count):
                yield cid

        with tempfile.TemporaryDirectory() as tmp:
            output = Path(tmp) / "export.jsonl"
            gc.collect()
            baseline = rss_mb()
            started = time.perf_counter()
            manifest = await export_conversations(client, ids(), output, parts=parts)
            elapsed = time.perf_counter() - started
            size = output.stat().st_size
    json.dump(
        {
            "baseline_rss_mb": round(baseline, 1),
            "peak_rss_mb": round(peak_mb(), 1),
            "exported": manifest.exported_total,
            "failed": manifest.failed,
            "file_mb": round(size / 2**20, 1),
            "elapsed": round(elapsed, 1),
        },
        sys.stdout,
    )


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]), [Part(p) for p in sys.argv[2:]]))
