"""The Exports API figures of `make bench`, against a fake Dixa in its own process at
Dixa's limits (v1: 10 requests/s, burst 4; Exports API: 10 requests/minute, burst 2).

1. Six months (2024-01-01 .. 2024-07-01) of 20,000 conversations with their messages:
   `export_period` through the Exports API, measured in full, beside today's REST path -
   search the period, then `export_conversations` one conversation at a time. The REST path
   would take hours at 10 requests/s, so it is measured on a sample of conversations at the
   real limit and extrapolated linearly to 20,000 (printed as such). Three REST variants:
   every part (`export_conversations`' default, 5 requests per conversation), the parts the
   Exports API also carries (conversation, messages, ratings: 3), and messages only (2, the
   CLI's default).
2. Peak memory of one export window holding 200,000 conversations (and their messages), in a
   subprocess, the fake in another one.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dixa_async.search import F, SearchQuery
from dixa_async.warehouse import Part, export_conversations, export_period
from rich.console import Console

from dixa_async import DixaClient

from ._exports_fake import serve_exports_fake
from ._report import Figure

__all__ = ["exports_memory_figure", "exports_vs_rest_figures"]

SINCE, UNTIL = dt.date(2024, 1, 1), dt.date(2024, 7, 1)
PERIOD_CONVERSATIONS = 20_000
MEMORY_CONVERSATIONS = 200_000
MEMORY_WINDOW = (dt.date(2024, 1, 1), dt.date(2024, 1, 31))  # 30 days: one window
REST_VARIANTS: dict[str, list[Part]] = {
    "REST, every part (5 requests/conversation)": list(Part),
    "REST, conversation+messages+ratings (3)": [Part.MESSAGES, Part.RATINGS],
    "REST, conversation+messages (2)": [Part.MESSAGES],
}
_ROOT = Path(__file__).resolve().parents[1]


def _token(name: str) -> str:
    return f"bench-{name}-{uuid.uuid4().hex[:8]}"  # a fresh bucket on the fake per run


@dataclass(frozen=True)
class _Run:
    conversations: int
    requests: int
    rate_limited: int
    seconds: float


async def _exports_run(base_url: str) -> tuple[_Run, int]:
    """The whole period through `export_period`, at the SDK's default pacing."""
    async with DixaClient(_token("exports"), base_url=base_url, exports_base_url=base_url) as c:
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            manifest = await export_period(c, Path(tmp) / "period", since=SINCE, until=UNTIL)
            seconds = time.perf_counter() - started
    if not manifest.complete:
        raise RuntimeError(f"the export did not complete: {manifest.errors}")
    run = _Run(manifest.exported_total, manifest.requests or 0, manifest.rate_limited or 0, seconds)
    return run, manifest.messages_total


async def _rest_sample(base_url: str, parts: list[Part], sample: int) -> _Run:
    """Today's REST path on the first `sample` conversations of the period: a search for
    the period (pages of 50), then `export_conversations` with `parts`."""
    start = dt.datetime(SINCE.year, SINCE.month, SINCE.day, tzinfo=dt.UTC)
    end = dt.datetime(UNTIL.year, UNTIL.month, UNTIL.day, tzinfo=dt.UTC)
    search = SearchQuery().where(F.created.between(start, end))
    async with DixaClient(_token("rest"), base_url=base_url) as client:
        started = time.perf_counter()
        ids = [
            hit.id
            async for hit in client.search.conversations(search, page_size=50, max_items=sample)
        ]
        with tempfile.TemporaryDirectory() as tmp:
            manifest = await export_conversations(client, ids, Path(tmp) / "x.jsonl", parts=parts)
        seconds = time.perf_counter() - started
        requests, limited = client.stats.requests, client.stats.rate_limited
    if manifest.exported_total != sample or manifest.failed:
        raise RuntimeError(f"the REST sample did not complete: {manifest.errors}")
    return _Run(sample, requests, limited, seconds)


def _scaled(run: _Run, conversations: int) -> dict[str, float]:
    factor = conversations / run.conversations
    return {"requests": run.requests * factor, "seconds": run.seconds * factor}


async def exports_vs_rest_figures(console: Console, sample: int = 40) -> list[Figure]:
    with serve_exports_fake(PERIOD_CONVERSATIONS) as base_url:
        console.print(
            f"[bold]Exports API vs REST[/]: {PERIOD_CONVERSATIONS:,} conversations, "
            f"{SINCE} .. {UNTIL}, fake at Dixa's limits ({base_url})"
        )
        console.print("   export_period through the Exports API (1 request / 6 s) ...")
        exports, messages = await _exports_run(base_url)
        console.print(
            f"   {exports.conversations:,} conversations, {messages:,} messages: "
            f"{exports.requests} requests in {exports.seconds:.1f} s"
        )
        samples: dict[str, _Run] = {}
        for name, parts in REST_VARIANTS.items():
            console.print(f"   {name}: measuring a sample of {sample} conversations ...")
            samples[name] = await _rest_sample(base_url, parts, sample)
            run = samples[name]
            console.print(f"   {run.requests} requests in {run.seconds:.1f} s")

    total = exports.conversations
    projected = {name: _scaled(run, total) for name, run in samples.items()}
    for name, value in projected.items():
        console.print(
            f"   [yellow]extrapolated[/] {name}: {value['requests']:,.0f} requests, "
            f"{value['seconds'] / 3600:.2f} h for {total:,} conversations "
            f"(linearly from the measured sample of {sample})"
        )
    ratios = {name: value["seconds"] / exports.seconds for name, value in projected.items()}
    every, *_, messages_only = REST_VARIANTS
    samples_detail = {
        name: {
            "sample_conversations": run.conversations,
            "sample_requests": run.requests,
            "sample_seconds": round(run.seconds, 2),
            "sample_429s": run.rate_limited,
            "extrapolated_requests": round(projected[name]["requests"]),
            "extrapolated_seconds": round(projected[name]["seconds"], 1),
        }
        for name, run in samples.items()
    }
    exports_detail = {
        "conversations": exports.conversations,
        "messages": messages,
        "requests": exports.requests,
        "answered_429": exports.rate_limited,
        "seconds": round(exports.seconds, 2),
    }
    note = (
        f"REST figures are extrapolated linearly from measured samples of {sample} "
        f"conversations to {total:,}; the Exports API figures are measured in full"
    )
    return [
        Figure(
            f"Exports API vs {every}: wall-time ratio, {total:,} conversations",
            ratios[every],
            "x",
            100.0,
            ">=",
            details={"exports": exports_detail, "rest": samples_detail, "note": note},
            baselines={f"vs {n}": r for n, r in ratios.items() if n != every},
        ),
        # Informational: the target's baseline is today's default REST export (every part,
        # 5 requests per conversation). This row is the like-for-like data (conversation and
        # messages); both sides are paced, the Exports API by its cautious assumed limit.
        Figure(
            f"Exports API vs {messages_only}: wall-time ratio, {total:,} conversations",
            ratios[messages_only],
            "x",
            None,
            details={"note": note},
        ),
        Figure(
            f"Exports API wall time, {total:,} conversations + messages over 6 months",
            exports.seconds,
            "s",
            None,
            details={"note": note},
            baselines={f"{n} (extrapolated)": v["seconds"] for n, v in projected.items()},
        ),
        Figure(
            f"Exports API requests sent, {total:,} conversations + messages over 6 months",
            float(exports.requests),
            "requests",
            None,
            details={"note": note},
            baselines={f"{n} (extrapolated)": v["requests"] for n, v in projected.items()},
        ),
    ]


def exports_memory_figure(
    console: Console, conversations: int = MEMORY_CONVERSATIONS
) -> list[Figure]:
    after, before = MEMORY_WINDOW
    console.print(
        f"[bold]Exports API memory[/]: one window ({after} .. {before}) of {conversations:,} "
        "conversations with their messages; the fake in its own process ..."
    )
    with serve_exports_fake(conversations, days=30) as base_url:
        child = [
            sys.executable, "-m", "benchmarks._exports_memory_child", base_url,
            after.isoformat(), before.isoformat(),
        ]  # fmt: skip
        done = subprocess.run(
            child,
            capture_output=True,
            text=True,
            check=False,
            cwd=_ROOT,
        )
    if done.returncode != 0:
        raise RuntimeError(f"the Exports API memory benchmark failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout)
    if not result["complete"] or result["windows"] != 1:
        raise RuntimeError(f"the window export did not complete as one window: {result}")
    if result["conversations"] < 0.99 * conversations:
        raise RuntimeError(f"the window held too few conversations: {result}")
    console.print(
        f"   {result['conversations']:,} conversations, {result['messages']:,} messages, "
        f"{result['file_mb']} MB written in {result['elapsed']:.0f} s"
    )
    growth = result["peak_rss_mb"] - result["baseline_rss_mb"]
    return [
        Figure(
            f"Exports API peak memory above baseline, one window of {conversations:,} "
            "conversations (+ messages)",
            growth,
            "MB",
            # Bounded by one window's item ids (about 125 bytes per item), which the exporter
            # keeps so that an item repeated inside a window is written once: 72 MB of the
            # 78 MB measured for 575,000 items. The body itself is never held whole.
            150.0,
            "<",
            details=result,
        )
    ]
