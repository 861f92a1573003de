"""`dixa-async demo` (and `make demo`): the job the README opens with.

Against the embedded fake Dixa, at Dixa's real limit: search conversations with filters,
export the matches with their messages to JSONL, bulk-tag them, and print what it took. With
an API key it runs only the read-only part (search and export) through a read-only client,
so a demo can never change a real organisation.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from dixa_async._core._client import DixaClient
from dixa_async.bulk import resolve_tags
from dixa_async.jobs import run_job, tag_conversation
from dixa_async.jobs._files import check_writable
from dixa_async.search import F, SearchQuery
from dixa_async.warehouse import Part, export_conversations

from ._output import (
    EXIT_FAILED_ITEMS,
    EXIT_OK,
    UI,
    job_progress,
    new_summary,
    record_export,
    record_job,
)
from ._query import collect_ids
from ._target import Target

__all__ = ["register", "run"]

DEMO_TAG = "demo-reviewed"
# On a real organisation the demo reads at most this many conversations (about 100 requests).
REAL_API_LIMIT = 50


async def _fake_search(client: DixaClient) -> tuple[SearchQuery, str]:
    """Closed email and chat conversations about refunds or complaints since February 2024
    (about 120 of the seeded organisation's conversations: some 370 requests in all)."""
    tag_ids = await resolve_tags(client, ["refund", "complaint"])
    search = SearchQuery().where(
        F.status.is_one_of(["closed"]),
        F.channel.is_one_of(["email", "chat"]),
        F.tags.includes_any(tag_ids),
        F.created.since(dt.datetime(2024, 2, 1, tzinfo=dt.UTC)),
    )
    described = "closed email/chat conversations tagged refund or complaint, since 2024-02-01"
    return search, described


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:  # fmt: skip
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


def _real_search() -> tuple[SearchQuery, str]:
    since = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    search = SearchQuery().where(F.status.is_one_of(["closed"]), F.created.since(since))
    return search, f"closed conversations created in the last 30 days (first {REAL_API_LIMIT})"


async def run(args: argparse.Namespace, ui: UI, target: Target) -> int:
    summary = new_summary("demo", target)
    output = Path(args.output)
    check_writable(output, what="export file")
    # The demo always starts over: the export file would otherwise resume the last run.
    for stale in (output, output.with_name(output.name + ".manifest.json")):
        stale.unlink(missing_ok=True)
    async with target.client(read_only=not target.is_embedded) as client:
        if target.is_embedded:
            search, described = await _fake_search(client)
            limit = None
        else:
            search, described = _real_search()
            limit = REAL_API_LIMIT
        ui.note(f"1/3 search: {described}")
        ids = await collect_ids(ui, summary, client, search, limit=limit)

        ui.note(f"2/3 export: {len(ids)} conversations with their messages -> {output}")
        with ui.board.phase("export", total=len(ids)) as phase:
            manifest = await export_conversations(
                client, ids, output, parts=[Part.MESSAGES], on_progress=job_progress(phase),
                source={"kind": "demo"},
            )  # fmt: skip
        record_export(summary, manifest)

        if target.is_embedded:
            ui.note(f"3/3 bulk-tag: tag the {len(ids)} conversations {DEMO_TAG!r}")
            (tag_id,) = await resolve_tags(client, [DEMO_TAG], create_missing=True)
            with ui.board.phase("tag", total=len(ids)) as phase:
                report = await run_job(
                    client, ids, tag_conversation(tag_id), on_progress=job_progress(phase)
                )
            record_job(summary, "tag", report)
        else:
            ui.note("3/3 bulk-tag: skipped — with a real API key the demo only reads.")
    summary.extra["export_file"] = str(output)
    summary.emit(ui.out, as_json=ui.as_json)
    return EXIT_FAILED_ITEMS if summary.failed else EXIT_OK
