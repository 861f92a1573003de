"""`dixa-async export`: conversations with their messages (and more) to JSON lines - those a
search finds or one end user's, through the REST API; or, with `--since`, a whole period
through Dixa's Exports API into a directory, window by window, resumably.

    dixa-async export --channel email --created-since 7d -o week.jsonl
    dixa-async export --since 2024-01-01 --until 2024-07-01 --output warehouse/
"""

from __future__ import annotations

import argparse

from dixa_async._core._errors import ConfigurationError
from dixa_async.warehouse import Part, export_conversations, export_end_user, export_period

from ._args import parse_moment, search_options
from ._exports_api import (
    WindowBars,
    announce_exports,
    exports_client,
    exports_options,
    exports_summary,
    include_messages,
    record_period,
    usage_errors,
)
from ._output import (
    EXIT_FAILED_ITEMS,
    EXIT_OK,
    UI,
    job_progress,
    new_summary,
    record_export,
)
from ._paths import check_directory, check_file
from ._query import build_search, collect_ids, has_filters
from ._target import Target, first_client

__all__ = ["parse_parts", "register", "run"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:  # fmt: skip
    export = commands.add_parser(
        "export",
        parents=[common],
        help="export matching conversations with their messages to JSONL",
        description="Export conversations found by the search filters (or one end user's "
        "conversations) to a JSON-lines file, one conversation per line.",
    )
    search_options(export)
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
    export.add_argument(
        "--since",
        type=parse_moment,
        metavar="WHEN",
        help="export every conversation created from WHEN (and every message created in "
        "the period) through the Exports API into the directory --output, resumably; "
        "--include takes messages or none here",
    )
    exports_options(export, parse_moment)


def parse_parts(text: str) -> list[Part]:
    """`--include messages,notes` -> export parts; `none` -> just the conversations."""
    aliases = {"notes": Part.INTERNAL_NOTES, "activity": Part.ACTIVITY_LOG}
    parts: list[Part] = []
    for raw in text.split(","):
        name = raw.strip().lower().replace("-", "_")
        if not name or name == "none":
            continue
        if name == "all":
            return list(Part)
        try:
            parts.append(aliases.get(name) or Part(name))
        except ValueError:
            raise ConfigurationError(
                f"--include: unknown part {raw.strip()!r} (messages, notes, ratings, activity, "
                "all, none)"
            ) from None
    return parts


async def run(args: argparse.Namespace, ui: UI, target: Target) -> int:
    if args.since is not None:  # a whole period, through the Exports API
        return await _run_period(args, ui, target)
    parts = parse_parts(args.include)
    check_file(args.output, what="export file")  # before the search spends requests
    summary = new_summary("export", target)
    async with target.executor() as executor:
        client = first_client(executor)
        if args.end_user:
            with ui.board.phase("export") as phase:
                manifest = await export_end_user(
                    client, args.end_user, args.output, parts=parts,
                    on_progress=job_progress(phase),
                )  # fmt: skip
        else:
            search = await build_search(client, args)
            ids = await collect_ids(ui, summary, client, search, limit=args.limit)
            with ui.board.phase("export", total=len(ids)) as phase:
                manifest = await export_conversations(
                    executor, ids, args.output, parts=parts,
                    on_progress=job_progress(phase), source={"kind": "search"},
                )  # fmt: skip
    record_export(summary, manifest)
    summary.extra["output"] = str(manifest.output)
    summary.extra["manifest"] = str(manifest.path)
    summary.extra["exported_total"] = manifest.exported_total
    summary.emit(ui.out, as_json=ui.as_json)
    return EXIT_FAILED_ITEMS if manifest.failed else EXIT_OK


def _check_period_args(args: argparse.Namespace) -> None:
    conflicting = [
        name
        for name, given in (
            ("search filters", has_filters(args)),
            ("--end-user", bool(args.end_user)),
            ("--checkpoint", bool(args.checkpoint)),
            ("--limit", args.limit is not None),
        )
        if given
    ]
    if conflicting:
        raise ConfigurationError(
            f"--since exports a whole period through the Exports API; it does not take "
            f"{', '.join(conflicting)} (those select conversations for the REST export). "
            "The output directory is its own checkpoint."
        )


async def _run_period(args: argparse.Namespace, ui: UI, target: Target) -> int:
    """`export --since`: the period into the directory `--output`."""
    _check_period_args(args)
    messages = include_messages(args)
    check_directory(args.output, what="export directory")
    summary = exports_summary("export", args, target)
    async with exports_client(args, target) as client:
        announce_exports(ui, client, args, target)
        with WindowBars(ui).active() as bars, usage_errors():
            manifest = await export_period(
                client,
                args.output,
                since=args.since,
                until=args.until,
                include_messages=messages,
                on_progress=bars,
            )
    record_period(summary, manifest)
    summary.emit(ui.out, as_json=ui.as_json)
    return EXIT_OK if manifest.complete else EXIT_FAILED_ITEMS
