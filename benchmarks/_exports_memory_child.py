"""Run in a subprocess by the Exports API memory benchmark: export one window (conversations
and messages) from the benchmark fake at `base_url` with `export_period`, and report this
process's resident memory before the export and at its peak.

The fake runs in a process of its own, so only the SDK's memory is measured here: the
streamed response bodies, the parsed items, the JSON lines written.

    python -m benchmarks._exports_memory_child BASE_URL SINCE UNTIL

Output (stdout, one JSON object): baseline_rss_mb, peak_rss_mb, conversations, messages,
windows, requests, rate_limited, file_mb, elapsed.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import json
import sys
import tempfile
import time
import uuid
from pathlib import Path

from dixa_async.warehouse import export_period

from dixa_async import DixaClient

from ._rss import peak_mb, rss_mb


async def main(base_url: str, since: dt.date, until: dt.date) -> None:
    token = f"bench-exports-memory-{uuid.uuid4().hex[:8]}"
    # The SDK's defaults for both APIs: Dixa's v1 limit, one export request every 6 s.
    async with DixaClient(token, base_url=base_url, exports_base_url=base_url) as client:
        _ = client.exports  # the namespace is built on first use: not part of the export
        with tempfile.TemporaryDirectory() as tmp:
            gc.collect()
            baseline = rss_mb()
            started = time.perf_counter()
            manifest = await export_period(client, Path(tmp) / "window", since=since, until=until)
            elapsed = time.perf_counter() - started
            size = sum(p.stat().st_size for p in (Path(tmp) / "window").glob("*.jsonl"))
    json.dump(
        {
            "baseline_rss_mb": round(baseline, 1),
            "peak_rss_mb": round(peak_mb(), 1),
            "conversations": manifest.exported_total,
            "messages": manifest.messages_total,
            "windows": len(manifest.windows),
            "complete": manifest.complete,
            "requests": manifest.requests,
            "rate_limited": manifest.rate_limited,
            "file_mb": round(size / 2**20, 1),
            "elapsed": round(elapsed, 1),
        },
        sys.stdout,
    )


if __name__ == "__main__":
    url, since, until = sys.argv[1], sys.argv[2], sys.argv[3]
    asyncio.run(main(url, dt.date.fromisoformat(since), dt.date.fromisoformat(until)))
