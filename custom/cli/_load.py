"""`dixa-async load`: Dixa into a database through the dlt source (`dixa_async.warehouse.load`).

dixa-async load --since 2024-01-01                      # ./dixa.duckdb, dataset dixa_data
dixa-async load --duckdb kpis.duckdb                    # later runs: what changed
dixa-async load --destination postgres --dataset dixa   # credentials the dlt way
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from dixa_async._core._client import DixaClient
from dixa_async._core._pool import TokenPool

from ._args import parse_moment
from ._exports_api import exports_client, exports_options
from ._output import EXIT_OK, EXIT_USAGE, UI, Summary
from ._sync import parse_duration
from ._target import Target

if TYPE_CHECKING:
    from dixa_async.warehouse import LoadProgress, LoadReport

__all__ = ["database_options", "load_progress", "register", "run", "warehouse_missing"]

_INCLUDE = ("notes", "activity")


def _include(text: str) -> list[str]:
    parts = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [part for part in parts if part not in _INCLUDE]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown --include {', '.join(unknown)} (choose from {', '.join(_INCLUDE)})"
        )
    return parts


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:  # fmt: skip
    parser = commands.add_parser(
        "load",
        parents=[common],
        help="load Dixa into a database (DuckDB by default, or any dlt destination)",
        description="Load conversations, messages, agents, end users, queues, teams, team "
        "members, tags and custom attributes into a database, every table merged on its "
        "primary key. The first run loads from --since; every later run loads what changed "
        "since the run before (the bookmark is kept in the database by dlt), so a cron line "
        "is the whole set-up. A killed run, run again, leaves every row exactly once. Needs "
        "the warehouse extra: pip install 'dixa-async[warehouse]'. Several --api-key: the "
        "tables and the per-conversation requests are spread over the tokens.",
    )
    database_options(parser)
    exports_options(parser, parse_moment)


def database_options(parser: argparse.ArgumentParser) -> None:
    """Where and what `load` (and `mirror`) load: --since, the destination, the dataset,
    --include, --overlap and dlt's working folder."""
    parser.add_argument(
        "--since",
        type=parse_moment,
        metavar="WHEN",
        help="start of the history to load (needed on the first run; later runs may repeat it)",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--duckdb",
        metavar="FILE",
        default=None,
        help="the DuckDB file to load into (default ./dixa.duckdb; created if missing)",
    )
    where.add_argument(
        "--destination",
        metavar="NAME",
        help="any dlt destination by name (postgres, bigquery, snowflake, ...); its "
        "credentials come the dlt way, e.g. DESTINATION__POSTGRES__CREDENTIALS="
        "postgresql://user:password@host:5432/db",
    )
    parser.add_argument(
        "--dataset",
        metavar="NAME",
        default=None,
        help="the dataset (schema) the tables go in (default dixa_data)",
    )
    parser.add_argument(
        "--include",
        type=_include,
        default=[],
        metavar="notes,activity",
        help="also load internal_notes and/or activity_log of the conversations this run "
        "loads (one v1 request per conversation and kind)",
    )
    parser.add_argument(
        "--overlap",
        type=parse_duration,
        default=None,
        metavar="DURATION",
        help="look back this far before the previous run's end (default 1h)",
    )
    parser.add_argument(
        "--pipelines-dir",
        metavar="DIR",
        help="dlt's working folder (default: FILE.dlt beside a DuckDB file, dlt's own "
        "default for other destinations)",
    )


def load_progress(ui: UI, enabled: bool) -> Any:
    """An `on_progress` printing each resource and window on stderr (unless disabled)."""

    def show(event: LoadProgress) -> None:
        if not enabled:
            return
        if event.window is None:
            text = f"{event.resource}: {event.state}"
            if event.state == "done":
                text += f", {event.rows:,} rows"
        else:
            text = f"{event.resource} {event.window} ({event.index}/{event.windows}): {event.state}"
            if event.state == "done":
                text += f", {event.rows:,} rows"
        ui.err.print(text, highlight=False)

    return show


def _clients(args: argparse.Namespace, target: Target) -> DixaClient | TokenPool[DixaClient]:
    """One client per `--api-key` (a pool when there are several: the resources and the
    per-conversation requests are spread over the tokens), each with `--redis` if given."""
    if len(target.keys) == 1:
        return exports_client(args, target)
    return TokenPool([exports_client(args, target, key) for key in target.keys])


def _load(args: argparse.Namespace, ui: UI, target: Target) -> LoadReport:
    from dixa_async.warehouse import DEFAULT_OVERLAP, load
    from dixa_async.warehouse._load import DEFAULT_DATASET, DEFAULT_DUCKDB

    return load(
        args.since,
        duckdb=args.duckdb if args.duckdb is not None else DEFAULT_DUCKDB,
        destination=args.destination,
        dataset=args.dataset if args.dataset is not None else DEFAULT_DATASET,
        pipelines_dir=args.pipelines_dir,
        include=args.include,
        until=args.until,
        overlap=args.overlap if args.overlap is not None else DEFAULT_OVERLAP,
        client=lambda: _clients(args, target),
        on_progress=load_progress(ui, not args.no_progress),
    )


def warehouse_missing(ui: UI, command: str) -> bool:
    """True (and said on stderr) when the warehouse extra is not installed."""
    try:
        import dlt  # noqa: F401 - only checks that the extra is installed
    except ImportError:
        ui.err.print(
            f"[red]dixa-async: {command} needs the warehouse extra: "
            "pip install 'dixa-async[warehouse]'",
            highlight=False,
        )
        return True
    return False


async def run(args: argparse.Namespace, ui: UI, target: Target) -> int:
    """One load; blocking while dlt runs (it extracts on an event loop of its own)."""
    if warehouse_missing(ui, "load"):
        return EXIT_USAGE
    # No utilisation figure: a load mixes two APIs with different limits (v1 and Exports).
    summary = Summary("load", target.describe(), target.is_embedded, None, tokens=1)
    try:
        report = _load(args, ui, target)
    except ValueError as exc:
        ui.err.print(f"[red]dixa-async: {exc}", highlight=False)
        return EXIT_USAGE
    summary.add_phase(
        "load",
        items=report.total_rows,
        requests=report.requests.total,
        rate_limited=report.requests.rate_limited,
        elapsed=report.seconds,
    )
    summary.extra.update(
        destination=report.destination,
        dataset=report.dataset,
        rows=dict(report.rows),
        requests_v1=report.requests.v1,
        requests_exports=report.requests.exports,
    )
    if not ui.as_json:
        for table, rows in report.rows.items():
            ui.out.print(f"{table}: {rows:,} rows", highlight=False)
    summary.emit(ui.out, as_json=ui.as_json)
    return EXIT_OK
