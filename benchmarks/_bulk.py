"""The bulk-writes figure for `make bench` (issue 12), against the fake served in a subprocess
at Dixa's real limit (10 requests/s per token, bursts of 4).

* `bulk_create_figure`: `run_bulk(dixa, "end_users.create", 200 records)`, batched through
  `end_users.bulk_create`. 200 single requests need at least (200 - 4) / 10 = 19.6 s at this
  limit; the target is a third of that, and the same job with `batch=False` is measured
  beside it. Every record must come back `ok` with the new user's id.
"""

from __future__ import annotations

import time
from typing import Any

from dixa_async.bulk import BulkReport, run_bulk

from dixa_async import DixaClient

from ._report import Figure

__all__ = ["bulk_create_figure"]


async def _create(
    base_url: str, token: str, records: int, *, batch: bool
) -> tuple[float, BulkReport]:
    rows: list[dict[str, Any]] = [
        {"displayName": f"Bench {token} {i}", "email": f"{token}-{i}@bench.example"}
        for i in range(records)
    ]
    async with DixaClient(token, base_url=base_url) as dixa:
        started = time.perf_counter()
        report = await run_bulk(dixa, "end_users.create", rows, batch=batch)
        elapsed = time.perf_counter() - started
    ok = [r for r in report.results if r.status == "ok" and r.response and r.response.get("id")]
    if len(ok) != records:
        raise RuntimeError(f"{records - len(ok)} of {records} records did not come back ok")
    return elapsed, report


async def bulk_create_figure(base_url: str, records: int = 200) -> Figure:
    """Batched against unbatched creation of `records` end users (a token each)."""
    batched, report = await _create(base_url, "bench-bulk-batched", records, batch=True)
    single, single_report = await _create(base_url, "bench-bulk-single", records, batch=False)
    floor = (records - 4) / 10
    return Figure(
        name=f"bulk end_users.create, {records} records, batched (s)",
        value=round(batched, 3),
        unit="s",
        target=round(floor / 3, 2),
        comparison="<",
        details={
            "requests_batched": report.requests,
            "requests_unbatched": single_report.requests,
            "unbatched_physical_minimum_s": floor,
            "batch_size": report.batch_size,
        },
        baselines={"one request per record": round(single, 3)},
    )
