"""The options of `export --since` and `sync` (the Exports API commands). Like `_args`,
free of I/O and of the CLI extra (rich); `_warehouse` gives them their meaning."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections.abc import Callable

from dixa_async._core._argtypes import rate
from dixa_async._core.exports import DEFAULT_EXPORTS_BASE_URL
from dixa_async.warehouse import DEFAULT_OVERLAP

__all__ = ["add_period_options", "add_sync_command", "parse_duration"]

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


def _exports_options(
    parser: argparse.ArgumentParser, parse_moment: Callable[[str], dt.datetime]
) -> None:
    group = parser.add_argument_group("Exports API")
    group.add_argument(
        "--until",
        type=parse_moment,
        metavar="WHEN",
        help="end of the period, exclusive (default: now)",
    )
    group.add_argument(
        "--exports-base-url",
        metavar="URL",
        help=f"Exports API host (default {DEFAULT_EXPORTS_BASE_URL}; with --base-url, the "
        "same host: the fake Dixa serves both APIs)",
    )
    group.add_argument(
        "--exports-rate-limit",
        type=rate,
        metavar="PER_MINUTE",
        help="pacing of Exports API requests (default: 10 per minute, one every 6 s - Dixa "
        "does not document this limit; 429s are retried with backoff either way); 0 turns "
        "it off, for local fakes only (also off with --rate-limit 0)",
    )


def add_period_options(
    export: argparse.ArgumentParser, parse_moment: Callable[[str], dt.datetime]
) -> None:
    """`export --since WHEN [--until WHEN]`: the Exports API path of `export`."""
    export.add_argument(
        "--since",
        type=parse_moment,
        metavar="WHEN",
        help="export every conversation created from WHEN (and every message created in "
        "the period) through the Exports API into the directory --output, resumably; "
        "--include takes messages or none here",
    )
    _exports_options(export, parse_moment)


def add_sync_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    parse_moment: Callable[[str], dt.datetime],
) -> None:
    """The `sync` subcommand."""
    sync_parser = commands.add_parser(
        "sync",
        parents=[common],
        help="incremental load: what changed since the last run, through the Exports API",
        description="Incremental sync through the Exports API. The first run (no --state "
        "file yet) loads every conversation updated, and every message created, since "
        "--since; every later run loads what changed since the previous run ended (minus "
        "--overlap, de-duplicated). Each run writes one batch directory "
        "OUTPUT/run-NNNNNN with conversations.jsonl, messages.jsonl and manifest.json.",
    )
    sync_parser.add_argument(
        "--state", required=True, metavar="FILE", help="the sync's bookmark (JSON, created)"
    )
    sync_parser.add_argument(
        "--output", "-o", required=True, metavar="DIR", help="where the run batches go"
    )
    sync_parser.add_argument(
        "--since",
        type=parse_moment,
        metavar="WHEN",
        help="start of the history to load (needed on the first run only)",
    )
    sync_parser.add_argument(
        "--overlap",
        type=parse_duration,
        default=DEFAULT_OVERLAP,
        metavar="DURATION",
        help="look back this far before the previous run's end, to catch writes Dixa "
        "shows late (default 1h; what the previous run delivered is skipped)",
    )
    sync_parser.add_argument(
        "--no-messages", action="store_true", help="conversations only (no message_export)"
    )
    _exports_options(sync_parser, parse_moment)
