"""Options shared by several commands (connection and output; search filters) and how
option values are parsed. Free of I/O; each command's own options are in its module.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from typing import get_args

from dixa_async._core._argtypes import positive_int, rate
from dixa_async._core._config import DEFAULT_BASE_URL
from dixa_async.search import ChannelName, DirectionName, StatusName

__all__ = ["common_options", "parse_moment", "search_options"]

_RELATIVE = re.compile(r"^(\d+)([mhdw])$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_moment(text: str, *, now: dt.datetime | None = None) -> dt.datetime:
    """A point in time from the command line, always timezone-aware (UTC if none given).

    Accepts ISO dates (`2024-05-01`), ISO date-times (`2024-05-01T12:00`, `...Z`,
    `...+02:00`) and ages relative to now (`30m`, `12h`, `7d`, `2w`).
    """
    relative = _RELATIVE.match(text.strip())
    if relative:
        amount, unit = relative.groups()
        base = now if now is not None else dt.datetime.now(dt.UTC)
        return base - dt.timedelta(**{_UNITS[unit]: int(amount)})
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date: {text!r} (use 2024-05-01, 2024-05-01T12:00Z or an age like 7d)"
        ) from None
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def common_options() -> argparse.ArgumentParser:
    """The options every command talking to Dixa takes (a parent parser)."""
    common = argparse.ArgumentParser(add_help=False)
    group = common.add_argument_group("connection and output")
    group.add_argument(
        "--api-key",
        action="append",
        dest="api_keys",
        metavar="KEY",
        help="Dixa API token (default: $DIXA_API_KEY, comma-separated for several). Repeat "
        "it to spread bulk jobs over several tokens. Without a key a command exits 2 (demo "
        "runs against the embedded fake).",
    )
    group.add_argument(
        "--fake",
        action="store_true",
        help="run against the embedded fake Dixa (in-process, seeded, rate-limited like "
        "Dixa) instead of Dixa; takes no key",
    )
    group.add_argument(
        "--base-url",
        metavar="URL",
        help=f"API host (default {DEFAULT_BASE_URL}); e.g. a fake started with "
        "`dixa-async fake-server`",
    )
    group.add_argument(
        "--rate-limit",
        type=rate,
        metavar="PER_SECOND",
        help="client-side pacing per token (default: Dixa's 10 requests/s, burst 4); "
        "0 turns pacing off, for local fakes only",
    )
    group.add_argument(
        "--redis",
        dest="redis_url",
        metavar="URL",
        help="share each token's rate limit with every process pointed at this Redis, e.g. "
        "redis://localhost:6379/0 (default: $DIXA_REDIS_URL; needs the redis extra; "
        "not used with the embedded fake)",
    )
    group.add_argument(
        "--json",
        action="store_true",
        help="print one JSON summary on stdout (progress and messages stay on stderr)",
    )
    group.add_argument("--no-progress", action="store_true", help="do not show progress on stderr")
    return common


def search_options(parser: argparse.ArgumentParser) -> None:
    """The search filters of `search` and `export`."""
    group = parser.add_argument_group("search filters")
    group.add_argument("--query", "-q", metavar="TEXT", help="free-text query")
    group.add_argument(
        "--exact", action="store_true", help="match the query text exactly (exactMatch)"
    )
    group.add_argument("--status", action="append", choices=get_args(StatusName), help="repeatable")
    group.add_argument(
        "--channel", action="append", choices=get_args(ChannelName), help="repeatable"
    )
    group.add_argument(
        "--direction", action="append", choices=get_args(DirectionName), help="repeatable"
    )
    group.add_argument(
        "--tag",
        action="append",
        dest="tags",
        metavar="NAME_OR_ID",
        help="conversations carrying any of these tags (repeatable)",
    )
    group.add_argument("--queue", action="append", dest="queues", metavar="QUEUE_ID")
    group.add_argument("--agent", action="append", dest="agents", metavar="AGENT_ID")
    group.add_argument("--created-since", type=parse_moment, metavar="WHEN")
    group.add_argument("--created-until", type=parse_moment, metavar="WHEN")
    group.add_argument("--closed-since", type=parse_moment, metavar="WHEN")
    group.add_argument("--closed-until", type=parse_moment, metavar="WHEN")
    group.add_argument(
        "--any",
        action="store_true",
        dest="match_any",
        help="match conversations meeting any filter (default: all filters)",
    )
    group.add_argument("--limit", type=positive_int, metavar="N", help="stop after N conversations")
