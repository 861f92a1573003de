"""The command line: subcommands, their options, and how option values are parsed.

Kept free of I/O so that parsing is tested on its own; `_commands` gives the parsed
namespace its meaning.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from typing import get_args

from dixa_async._core._argtypes import positive_int, rate
from dixa_async._core._config import DEFAULT_BASE_URL
from dixa_async.search import ChannelName, DirectionName, StatusName
from dixa_async.testing import _defaults as fake_defaults

from ._warehouse_args import add_period_options, add_sync_command

__all__ = ["BULK_OPERATIONS", "DESTRUCTIVE", "build_parser", "parse_moment"]

# Bulk operations the CLI offers, with the one-line help shown by `--help`.
BULK_OPERATIONS: dict[str, str] = {
    "tag": "tag conversations (column conversation_id; tag from --tag or a 'tag' column)",
    "untag": "remove a tag from conversations (same columns as tag)",
    "close": "close conversations (column conversation_id; optional agent_id)",
    "reopen": "reopen conversations (column conversation_id)",
    "add-note": "add an internal note (column conversation_id; text from --note or 'note')",
    "anonymize": "anonymise conversations, irreversibly (column conversation_id; needs --yes)",
    "upsert-end-users": "create or update end users matched by external_id or email",
}
DESTRUCTIVE = frozenset({"anonymize"})

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


def _bulk_operation(text: str) -> str:
    from ._bulk import is_operation

    if is_operation(text):
        return text
    from dixa_async.bulk import write_operation

    try:
        write_operation(text)
    except Exception as exc:  # ConfigurationError: a read, or an unknown name
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text  # pragma: no cover - every write operation is known to is_operation


class _ListOperations(argparse.Action):
    """`bulk --list`: print the operations and exit, like --help."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        from ._bulk import describe_operations

        print(describe_operations())
        parser.exit(0)


def _common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    group = common.add_argument_group("connection and output")
    group.add_argument(
        "--api-key",
        action="append",
        dest="api_keys",
        metavar="KEY",
        help="Dixa API token (default: $DIXA_API_KEY, comma-separated for several). Repeat "
        "it to spread bulk jobs over several tokens. Without any key the command runs "
        "against the embedded fake Dixa.",
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


def _search_options(parser: argparse.ArgumentParser) -> None:
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


def build_parser() -> argparse.ArgumentParser:
    """The `dixa-async` argument parser."""
    common = _common_options()
    parser = argparse.ArgumentParser(
        prog="dixa-async",
        description="Work with the Dixa API from the shell: search, export and bulk jobs "
        "paced to Dixa's rate limit, resumable, with progress.",
        epilog="Exit status: 0 all done, 1 some items failed, 2 usage or configuration "
        "error (also a file that cannot be used, or a checkpoint another job holds), 3 the "
        "job could not run (authentication, network, server).",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    commands.add_parser(
        "verify",
        parents=[common],
        help="check the API key and show the organisation",
        description="Check the API key with one cheap request and show the organisation.",
    )

    search = commands.add_parser(
        "search",
        parents=[common],
        help="list the ids of conversations matching filters",
        description="Search conversations; prints one id per line (or JSON with --json).",
    )
    _search_options(search)

    export = commands.add_parser(
        "export",
        parents=[common],
        help="export matching conversations with their messages to JSONL",
        description="Export conversations found by the search filters (or one end user's "
        "conversations) to a JSON-lines file, one conversation per line.",
    )
    _search_options(export)
    export.add_argument(
        "--output",
        "-o",
        required=True,
        metavar="FILE",
        help="JSONL file to write (with --since: the directory to write)",
    )
    export.add_argument(
        "--end-user",
        metavar="USER_ID",
        help="export this end user's conversations instead of searching",
    )
    export.add_argument(
        "--include",
        default="messages",
        metavar="PARTS",
        help="comma-separated: messages,notes,ratings,activity, or 'none' (default: messages)",
    )
    export.add_argument(
        "--checkpoint",
        metavar="FILE",
        help="record progress here; re-running with the same file resumes",
    )
    add_period_options(export, parse_moment)
    add_sync_command(commands, common, parse_moment)

    bulk = commands.add_parser(
        "bulk",
        parents=[common],
        help="run one write operation over every record of a CSV or JSONL file",
        description="Run a write operation of the Dixa API over every record of --input, at "
        "the rate limit, one result per record. OPERATION is an operation's qualified name "
        "(end_users.create, conversations.close, internal_notes.create, ...: `dixa-async "
        "bulk --list` shows every one with its inputs and batching) or a short name: "
        + "; ".join(f"{name}: {text}" for name, text in BULK_OPERATIONS.items()),
    )
    bulk.add_argument(
        "--list",
        action=_ListOperations,
        nargs=0,
        help="show the write operations, their inputs and batching, then exit",
    )
    bulk.add_argument("operation", type=_bulk_operation, metavar="OPERATION")
    bulk.add_argument(
        "--input",
        "-i",
        required=True,
        metavar="FILE",
        help="rows to process: .csv (header row) or .jsonl (one object per line)",
    )
    bulk.add_argument("--tag", dest="tag_name", metavar="NAME", help="tag for tag/untag")
    bulk.add_argument("--note", metavar="TEXT", help="note text for add-note")
    bulk.add_argument(
        "--checkpoint",
        metavar="FILE",
        help="record outcomes here; re-running with the same file skips what is done",
    )
    bulk.add_argument(
        "--dry-run", action="store_true", help="read and validate the input, send nothing"
    )
    bulk.add_argument(
        "--yes", action="store_true", help="confirm an irreversible operation (anonymize)"
    )
    bulk.add_argument(
        "--concurrency",
        type=positive_int,
        default=8,
        metavar="N",
        help="operations in flight per token (default 8; pacing is the rate limiter's job)",
    )
    bulk.add_argument(
        "--results",
        metavar="FILE",
        help="write one JSON line per input record: line, key, status (ok, failed, "
        "in_doubt, skipped), Dixa's response (new ids) or the error",
    )
    bulk.add_argument(
        "--no-batch",
        action="store_true",
        help="send one request per record even where Dixa has a bulk endpoint",
    )
    bulk.add_argument(
        "--batch-size",
        type=positive_int,
        metavar="N",
        help="records per bulk request (default: Dixa's documented maximum, else 100)",
    )
    bulk.add_argument(
        "--key",
        metavar="FIELD",
        help="the record field that identifies a record in the checkpoint (default: its line)",
    )

    fake = commands.add_parser(
        "fake-server",
        help="serve the fake Dixa on 127.0.0.1 for local development",
        description="Serve the fake Dixa (seeded, stateful, rate-limited like Dixa) over HTTP.",
    )
    # The shared defaults of every way to run the fake (also `python -m ...testing`).
    fake.add_argument("--host", default=fake_defaults.HOST)
    fake.add_argument("--port", type=int, default=fake_defaults.PORT)
    fake.add_argument("--seed", type=int, default=fake_defaults.SEED)
    fake.add_argument(
        "--conversations", type=positive_int, default=fake_defaults.CONVERSATIONS, metavar="N"
    )
    fake.add_argument(
        "--api-key",
        action="append",
        dest="api_keys",
        metavar="KEY",
        help="accept only these tokens (default: any non-empty token)",
    )
    fake.add_argument(
        "--no-rate-limit", action="store_true", help="answer every request, never 429"
    )

    commands.add_parser(
        "demo",
        parents=[common],
        help="search, export and bulk-tag against the embedded fake Dixa (or read-only "
        "against Dixa with a key)",
        description="The demo job: search with filters, export the matches with their "
        "messages to JSONL, bulk-tag them, then print a summary.",
    ).add_argument(
        "--output", "-o", default="demo-export.jsonl", metavar="FILE", help="export file"
    )
    return parser
