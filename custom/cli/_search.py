"""`dixa-async search`: the ids of the conversations matching the search filters."""

from __future__ import annotations

import argparse

from ._args import search_options
from ._output import EXIT_OK, UI, new_summary
from ._query import build_search, collect_ids
from ._target import Target

__all__ = ["register", "run"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:  # fmt: skip
    search = commands.add_parser(
        "search",
        parents=[common],
        help="list the ids of conversations matching filters",
        description="Search conversations; prints one id per line (or JSON with --json).",
    )
    search_options(search)


async def run(args: argparse.Namespace, ui: UI, target: Target) -> int:
    async with target.client() as client:
        summary = new_summary("search", target)
        search = await build_search(client, args)
        ids = await collect_ids(ui, summary, client, search, limit=args.limit, echo=not ui.as_json)
    summary.extra["ids"] = ids
    if ui.as_json:
        summary.emit(ui.out, as_json=True)
    else:
        ui.note(f"{len(ids):,} conversation(s) found.")
    return EXIT_OK
