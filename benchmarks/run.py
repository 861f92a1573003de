"""`make bench`: dixa-async against Dixa's physical limits, beside baselines, in one run.

    python -m benchmarks.run [--json bench-results.json] [--items 200]

Figures (each printed with its target and PASS/FAIL, all written to the JSON file):

1. Rate-limit utilisation of a bulk tagging job against the fake Dixa at Dixa's real limit
   (10 requests/s, burst 4, over real HTTP to uvicorn on 127.0.0.1): the physical minimum
   time (N-4)/10 s divided by the actual time; beside it the same job written as a naive
   `asyncio.gather` with a fixed sleep on 429 and as a sequential loop with backoff. Also
   the share of requests answered 429 and the failed items of each.
2. Token-pool scaling: throughput with 3 tokens over throughput with 1.
3. Client overhead per request against raw httpx, limiter off, in-process fake.
4. Peak memory growth exporting 100,000 conversations, in a subprocess.
5. 150 simultaneous calls through one client at Dixa's real limit: (150-4)/10 s divided by the
   actual time (target >= 0.97).
6. Start-up cost: `from dixa_async import DixaClient; DixaClient(...)` in a fresh interpreter
   against `import httpx`, median time (target <= 2x) and peak RSS (target <= +12 MB).
7. Four processes sharing one token at Dixa's real limit, paced through one `RedisLimiter`
   (on a redis-server the bench starts): utilisation of (N-4)/10 s (target >= 0.95) and 429
   share (target <= 1 %), beside the same run with in-process limiters only; and the
   limiter's cost per request, Redis against in-process.
8. Bulk writes: 200 `end_users.create` records through `run_bulk` at Dixa's real limit,
   batched (target: under a third of the 19.6 s 200 single requests need), beside the same
   job with one request per record.
9. The Exports API (`_exports`): six months of 20,000 conversations with messages through
   `export_period` beside today's REST export (requests, wall time, ratio; target >= 100x;
   the REST side measured on a sample at the real limit and extrapolated linearly), and peak
   memory for one export window of 200,000 conversations (target < 50 MB over baseline).
10. The database loader (`_load`): the same six months through `dixa_async.warehouse.load`
   into a DuckDB file - rows loaded, requests, seconds - beside the requests a REST fan-out
   for messages (one request per conversation, PostHog's way) needs for the same data.
11. Exports API CPU (`_exports_cpu`): one window of 30,000 realistic conversations (~2.7 KB,
   every field) served by another process without pacing, `export_period` beside the naive
   path (one `json.loads` of the body, one `json.dumps` per record, as tap-dixa): the ratio
   of their CPU per conversation (target <= 1.0) and `export_period`'s peak memory
   (target < 150 MB; the naive path holds the whole body).
12. The live mirror (`_mirror`): `dixa-async mirror` at its default pacing against a fake at
   Dixa's limits that delivers webhooks over HTTP - seconds from an API change to its merge
   into the DuckDB file (one change at a time, and a burst of 10; target <= 30 s) and Exports
   API requests per change.

A missed target is reported, not raised: the exit status is non-zero only when a benchmark
crashes.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import time
import traceback
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console

from ._baselines import RawRun, naive_gather, sequential_backoff
from ._bulk import bulk_create_figure
from ._exports import exports_memory_figure, exports_vs_rest_figures
from ._exports_cpu import exports_cpu_figures
from ._import_cost import import_cost_figures
from ._jobs import simultaneous_calls
from ._load import load_figures
from ._mirror import mirror_figures
from ._overhead import measure_overhead
from ._report import Figure, print_report, write_json
from ._sdk import JobRun, bulk_tag, pick_work
from ._server import fake_server
from ._shared_limit import shared_limit_figures

DIXA_RATE, DIXA_BURST = 10.0, 4
MEMORY_ITEMS = 100_000

console = Console(stderr=True)


def _token(name: str) -> str:
    # A fresh token per run: the fake meters tokens separately, so every run starts with a
    # full bucket, exactly as a job on a quiet Dixa token would.
    return f"bench-{name}-{uuid.uuid4().hex[:8]}"


def _floor(items: int) -> float:
    return max(0, items - DIXA_BURST) / DIXA_RATE


def _run_details(run: JobRun | RawRun) -> dict[str, Any]:
    return {
        "items": run.items,
        "seconds": round(run.elapsed, 2),
        "requests": run.requests,
        "answered_429": run.rate_limited,
        "failures": run.failures,
    }


def _share_429(run: JobRun | RawRun) -> float:
    return 100.0 * run.rate_limited / run.requests if run.requests else 0.0


async def rate_limit_figures(items: int, scaling_items: int) -> list[Figure]:
    with fake_server() as base_url:
        console.print(f"fake Dixa at {base_url}, rate limit {DIXA_RATE:g}/s burst {DIXA_BURST}")
        ids, tag_id = await pick_work(base_url, max(items, 3 * scaling_items))
        work = ids[:items]

        console.print(f"[bold]1. bulk job[/], {items} tag writes: dixa-async ...")
        sdk = await bulk_tag(base_url, [_token("sdk")], work, tag_id)
        console.print(f"   {sdk.elapsed:.1f} s; naive asyncio.gather + sleep(1) on 429 ...")
        naive = await naive_gather(base_url, _token("naive"), work, tag_id)
        console.print(f"   {naive.elapsed:.1f} s; sequential loop with backoff ...")
        sequential = await sequential_backoff(base_url, _token("seq"), work, tag_id)
        console.print(f"   {sequential.elapsed:.1f} s")

        console.print(f"[bold]2. token pool[/]: {scaling_items} writes on 1 token ...")
        one = await bulk_tag(base_url, [_token("pool1")], ids[:scaling_items], tag_id)
        console.print(f"   {one.elapsed:.1f} s; {3 * scaling_items} writes on 3 tokens ...")
        three_tokens = [_token(f"pool3-{i}") for i in range(3)]
        three = await bulk_tag(base_url, three_tokens, ids[: 3 * scaling_items], tag_id)
        console.print(f"   {three.elapsed:.1f} s")

    floor = _floor(items)
    runs = {"naive gather": naive, "sequential+backoff": sequential}
    scaling = (three.items / three.elapsed) / (one.items / one.elapsed)
    return [
        Figure(
            f"rate-limit utilisation, {items} writes ({floor:.1f} s min / actual)",
            floor / sdk.elapsed,
            "x",
            0.97,
            ">=",
            details={"dixa-async": _run_details(sdk)}
            | {name: _run_details(run) for name, run in runs.items()},
            baselines={name: floor / run.elapsed for name, run in runs.items()},
        ),
        Figure(
            "share of requests answered 429",
            _share_429(sdk),
            "%",
            1.0,
            "<=",
            baselines={name: _share_429(run) for name, run in runs.items()},
        ),
        Figure(
            "failed items",
            float(sdk.failures),
            "items",
            0.0,
            "<=",
            baselines={name: float(run.failures) for name, run in runs.items()},
        ),
        Figure(
            "token-pool scaling, 1 -> 3 tokens",
            scaling,
            "x",
            2.9,
            ">=",
            details={
                "1 token": _run_details(one)
                | {"items_per_second": round(one.items / one.elapsed, 2)},
                "3 tokens": _run_details(three)
                | {"items_per_second": round(three.items / three.elapsed, 2)},
            },
        ),
    ]


async def bulk_writes_figure() -> list[Figure]:
    with fake_server() as base_url:
        console.print("[bold]8. bulk writes[/]: 200 end users, batched and one by one ...")
        figure = await bulk_create_figure(base_url)
    console.print(f"   {figure.value} s batched, {figure.baselines} unbatched")
    return [figure]


async def simultaneous_calls_figure() -> list[Figure]:
    with fake_server() as base_url:
        console.print("[bold]150 simultaneous calls[/] through one DixaClient ...")
        figure = await simultaneous_calls(base_url)
    console.print(f"   {figure.details['elapsed_s']} s")
    return [figure]


async def overhead_figure() -> list[Figure]:
    console.print(
        "[bold]3. client overhead[/] against raw httpx (in-process fake, limiter off) ..."
    )
    result = await measure_overhead()
    console.print(
        f"   {result['sdk_us_per_request']:.0f} us vs {result['raw_us_per_request']:.0f} us "
        "per request"
    )
    return [
        Figure(
            "client overhead vs raw httpx (median)",
            result["ratio"],
            "x",
            1.3,
            "<=",
            details={k: round(v, 1) for k, v in result.items() if k != "ratio"},
        )
    ]


def memory_figure(items: int) -> list[Figure]:
    console.print(f"[bold]4. memory[/]: exporting {items:,} conversations in a subprocess ...")
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks._memory_child", str(items)],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parents[1],
    )
    if done.returncode != 0:
        raise RuntimeError(f"memory benchmark failed:\n{done.stderr}")
    result = json.loads(done.stdout)
    if result["exported"] != items or result["failed"]:
        raise RuntimeError(f"the export did not complete: {result}")
    console.print(f"   {result['elapsed']:.0f} s")
    growth = result["peak_rss_mb"] - result["baseline_rss_mb"]
    return [
        Figure(
            f"peak memory above baseline, {items:,}-item export",
            growth,
            "MB",
            50.0,
            "<",
            details=result,
        )
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.add_argument("--json", type=Path, default=Path("bench-results.json"))
    parser.add_argument("--items", type=int, default=200, help="writes in the bulk-job runs")
    parser.add_argument("--scaling-items", type=int, default=100, help="writes per token")
    parser.add_argument("--memory-items", type=int, default=MEMORY_ITEMS)
    parser.add_argument(
        "--shared-calls", type=int, default=50, help="calls per process, shared-limit runs"
    )
    parser.add_argument(
        "--exports-sample", type=int, default=40, help="conversations per REST sample"
    )
    parser.add_argument("--exports-memory-conversations", type=int, default=200_000)
    args = parser.parse_args(argv)

    started = time.monotonic()
    figures: list[Figure] = []
    crashed: list[str] = []
    steps: list[tuple[str, Callable[[], list[Figure]]]] = [
        ("import cost", import_cost_figures),
        ("rate limit", lambda: asyncio.run(rate_limit_figures(args.items, args.scaling_items))),
        ("overhead", lambda: asyncio.run(overhead_figure())),
        ("memory", lambda: memory_figure(args.memory_items)),
        ("simultaneous calls", lambda: asyncio.run(simultaneous_calls_figure())),
        ("bulk writes", lambda: asyncio.run(bulk_writes_figure())),
        (
            "shared limit",
            lambda: asyncio.run(shared_limit_figures(args.shared_calls, console)),
        ),
        (
            "exports vs REST",
            lambda: asyncio.run(exports_vs_rest_figures(console, args.exports_sample)),
        ),
        ("load into DuckDB", lambda: load_figures(console)),
        ("live mirror", lambda: mirror_figures(console)),
        (
            "exports memory",
            lambda: exports_memory_figure(console, args.exports_memory_conversations),
        ),
        ("exports CPU", lambda: exports_cpu_figures(console)),
    ]
    for name, step in steps:
        try:
            figures.extend(step())
        except Exception:
            crashed.append(name)
            console.print(f"[red]benchmark {name!r} crashed:\n{traceback.format_exc()}")

    print_report(Console(width=max(120, Console().width)), figures)
    meta = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "seconds": round(time.monotonic() - started, 1),
        "dixa_limit": {"per_second": DIXA_RATE, "burst": DIXA_BURST},
        "crashed": crashed,
    }
    write_json(args.json, figures, meta)
    missed = [f.name for f in figures if f.passed is False]
    console.print(
        f"{len(figures) - len(missed)}/{len(figures)} targets met"
        + (f"; missed: {', '.join(missed)}" if missed else "")
        + f". Results in {args.json} ({meta['seconds']:.0f} s)."
    )
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
