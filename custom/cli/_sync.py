"""`dixa-async sync`: one incremental run through the Exports API into a batch directory.

dixa-async sync --state dixa.state.json --output batches/ --since 2024-01-01   # first run
dixa-async sync --state dixa.state.json --output batches/                       # later runs
"""

from __future__ import annotations

import argparse
import datetime as dt
import re

from dixa_async.warehouse import DEFAULT_OVERLAP, SyncReport, sync

from ._args import parse_moment
from ._exports_api import (
    WindowBars,
    announce_exports,
    exports_client,
    exports_options,
    exports_summary,
    record_period,
    usage_errors,
)
from ._output import EXIT_FAILED_ITEMS, EXIT_OK, UI, Summary
from ._paths import check_directory, check_file
from ._target import Target

__all__ = ["parse_duration", "register", "run"]

_DURATION = re.compile(r"^(\d+)([smhd])$")
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86_400}


def parse_duration(text: str) -> dt.timedelta:
    """`--overlap`: `0`, `90s`, `30m`, `1h` or `2d`."""
    value = text.strip()
    if value == "0":
        return dt.timedelta(0)
    match = _DURATION.match(value)
    if not match:
        raise argparse.ArgumentTypeError(f"not a duration: {text!r} (use 0, 90s, 30m, 1h or 2d)")
    amount, unit = match.groups()
    return dt.timedelta(seconds=int(amount) * _SECONDS[unit])


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:  # fmt: skip
    parser = commands.add_parser(
        "sync",
        parents=[common],
        help="incremental load: what changed since the last run, through the Exports API",
        description="Incremental sync through the Exports API. The first run (no --state "
        "file yet) loads every conversation updated, and every message created, since "
        "--since; every later run loads what changed since the previous run ended (minus "
        "--overlap, de-duplicated). Each run writes one batch directory "
        "OUTPUT/run-NNNNNN with conversations.jsonl, messages.jsonl and manifest.json.",
    )
    parser.add_argument(
        "--state", required=True, metavar="FILE", help="the sync's bookmark (JSON, created)"
    )
    parser.add_argument(
        "--output", "-o", required=True, metavar="DIR", help="where the run batches go"
    )
    parser.add_argument(
        "--since",
        type=parse_moment,
        metavar="WHEN",
        help="start of the history to load (needed on the first run only)",
    )
    parser.add_argument(
        "--overlap",
        type=parse_duration,
        default=DEFAULT_OVERLAP,
        metavar="DURATION",
        help="look back this far before the previous run's end, to catch writes Dixa "
        "shows late (default 1h; what the previous run delivered is skipped)",
    )
    parser.add_argument(
        "--no-messages", action="store_true", help="conversations only (no message_export)"
    )
    exports_options(parser, parse_moment)


async def run(args: argparse.Namespace, ui: UI, target: Target) -> int:
    """One incremental run (or the unfinished one) into a batch under `--output`."""
    check_file(args.state, what="sync state file")
    check_directory(args.output, what="sync output directory")
    summary = exports_summary("sync", args, target)
    async with exports_client(args, target) as client:
        announce_exports(ui, client, args, target)
        with WindowBars(ui).active() as bars, usage_errors():
            report = await sync(
                client,
                state=args.state,
                output=args.output,
                since=args.since,
                overlap=args.overlap,
                until=args.until,
                include_messages=not args.no_messages,
                on_progress=bars,
            )
    record_period(summary, report.manifest)
    _record_sync(summary, report)
    summary.emit(ui.out, as_json=ui.as_json)
    return EXIT_OK if report.complete else EXIT_FAILED_ITEMS


def _record_sync(summary: Summary, report: SyncReport) -> None:
    summary.extra.update(
        run=report.run,
        mode=report.mode,
        resumed=report.resumed,
        state=str(report.state_path),
        batch=str(report.batch),
        skipped_duplicates=report.skipped_duplicates,
        period=f"{_iso(report.start)} .. {_iso(report.end)}",
    )
    if not report.complete:
        summary.extra["next"] = "run sync again: it retries the failed windows of this run"


def _iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")
