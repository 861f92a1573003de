"""The database-loader figure of `make bench`: `dixa_async.warehouse.load` of the fake's six
months (2024-01-01 .. 2024-07-01, 20,000 conversations) into a DuckDB file, against the
benchmark fake in its own process at Dixa's limits (v1 10 requests/s, burst 4; Exports API 10
requests/minute, burst 2), at the SDK's default pacing.

Printed: rows loaded (every table), requests (v1 + Exports API), peak memory and wall time,
beside the requests a loader that fetches messages per conversation over REST (PostHog's Dixa
source: `GET /v1/conversations/{id}/messages` for each conversation) needs for the same data -
the same run with the message export replaced by one request per conversation, counted, not
run (at 10 requests/s it would take over half an hour).
"""

from __future__ import annotations

import datetime as dt
import tempfile
import uuid
from pathlib import Path

from rich.console import Console

from ._exports_fake import serve_exports_fake
from ._report import Figure
from ._rss import peak_mb, reset_peak

__all__ = ["load_figures"]

SINCE, UNTIL = dt.date(2024, 1, 1), dt.date(2024, 7, 1)
CONVERSATIONS = 20_000
_V1_PER_SECOND = 10.0


def load_figures(console: Console, conversations: int = CONVERSATIONS) -> list[Figure]:
    from dixa_async.warehouse import load

    with serve_exports_fake(conversations) as base_url:
        console.print(
            f"[bold]load into DuckDB[/]: {conversations:,} conversations, {SINCE} .. {UNTIL}, "
            f"fake at Dixa's limits ({base_url}) ..."
        )
        with tempfile.TemporaryDirectory() as tmp:
            baseline_mb = reset_peak()
            report = load(
                SINCE,
                until=UNTIL,
                duckdb=Path(tmp) / "bench.duckdb",
                api_key=f"bench-load-{uuid.uuid4().hex[:8]}",
                base_url=base_url,
                exports_base_url=base_url,
            )
            peak = peak_mb()
    loaded = report.rows.get("conversations", 0)
    if loaded < 0.99 * conversations:
        raise RuntimeError(f"the load did not complete: {dict(report.rows)}")
    message_exports = report.requests.by_resource.get("messages", 0)
    fan_out = report.requests.total - message_exports + loaded
    console.print(
        f"   {report.total_rows:,} rows ({loaded:,} conversations, "
        f"{report.rows.get('messages', 0):,} messages) in {report.seconds:.1f} s with "
        f"{report.requests.total} requests ({report.requests.exports} Exports API); a REST "
        f"fan-out for messages needs {fan_out:,} requests "
        f"(>= {loaded / _V1_PER_SECOND / 60:.0f} min at 10/s)"
    )
    details = {
        "rows": dict(report.rows),
        "requests_v1": report.requests.v1,
        "requests_exports": report.requests.exports,
        "answered_429": report.requests.rate_limited,
        "requests_by_resource": dict(report.requests.by_resource),
        "note": "the REST fan-out is counted (one GET /v1/conversations/{id}/messages per "
        "conversation instead of the message export), not run",
    }
    return [
        Figure(
            f"load into DuckDB: rows loaded, {conversations:,} conversations over 6 months",
            float(report.total_rows),
            "rows",
            None,
            details=details,
        ),
        Figure(
            "load into DuckDB: requests sent (v1 + Exports API)",
            float(report.requests.total),
            "requests",
            None,
            baselines={"REST fan-out for messages (PostHog's way, counted)": float(fan_out)},
        ),
        Figure(
            "load into DuckDB: peak memory above the process's baseline",
            peak - baseline_mb,
            "MB",
            # A guard, not a tight figure: dlt's INSERT statements once took 4.3 GB here.
            500.0,
            "<",
            details={"baseline_mb": round(baseline_mb, 1), "peak_mb": round(peak, 1)},
        ),
        Figure(
            "load into DuckDB: wall time at Dixa's limits",
            report.seconds,
            "s",
            None,
            baselines={
                "REST fan-out for messages, its messages requests alone at 10/s": loaded
                / _V1_PER_SECOND
            },
        ),
    ]
