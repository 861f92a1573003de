"""`dixa-async mirror`: keep a database in step with Dixa through webhooks
(`dixa_async.warehouse.Mirror`).

dixa-async mirror --since 2024-01-01 --duckdb dixa.duckdb \\
    --listen 0.0.0.0:8080 --public-url https://mirror.example.com/dixa
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import sys
from typing import TYPE_CHECKING

from dixa_async._core._argtypes import seconds
from dixa_async._core._errors import ConfigurationError

from ._args import parse_moment
from ._exports_api import exports_client, exports_options
from ._load import database_options, load_progress, warehouse_missing
from ._output import EXIT_OK, EXIT_USAGE, UI
from ._sync import parse_duration
from ._target import Target

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable

    from dixa_async.warehouse import DirtySet, LoadReport, MergeReport

__all__ = ["register", "run"]


def _interval(text: str) -> dt.timedelta | None:
    """A schedule: a duration, or `off`/`0` for never."""
    if text.strip().lower() in ("off", "0"):
        return None
    return parse_duration(text)


def _batch_delay(text: str) -> float:
    value = seconds(text)
    if value > 3600:
        raise argparse.ArgumentTypeError("give 0 to 3600 seconds")
    return value


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:  # fmt: skip
    parser = commands.add_parser(
        "mirror",
        parents=[common],
        help="keep a database in step with Dixa: webhooks drive targeted re-exports",
        description="Load (or resume) like `load`, then keep the database current: a webhook "
        "subscription for --public-url (found, or created once) delivers conversation "
        "events to the receiver on --listen; each verified delivery marks its conversation "
        "dirty (durably, before it is answered), and dirty conversations are re-exported by "
        "csids with their messages and merged within seconds. The incremental load runs "
        "again every --full-every and the subscription's delivery logs are read every "
        "--check-deliveries-every, so what a failed delivery missed is caught up. "
        "SIGINT/SIGTERM stop it cleanly (exit 0). Needs the warehouse extra.",
    )
    database_options(parser)
    group = parser.add_argument_group("mirror")
    group.add_argument(
        "--listen",
        metavar="HOST:PORT",
        default="127.0.0.1:8080",
        help="where the webhook receiver listens (default 127.0.0.1:8080)",
    )
    group.add_argument(
        "--public-url",
        metavar="URL",
        required=True,
        help="the URL Dixa delivers to (reaching --listen, e.g. through a reverse proxy); "
        "the subscription is found by it",
    )
    group.add_argument(
        "--full-every",
        type=_interval,
        default="1h",
        metavar="DURATION",
        help="run the incremental load again this often (default 1h; off: never)",
    )
    group.add_argument(
        "--check-deliveries-every",
        type=_interval,
        default="5m",
        metavar="DURATION",
        help="read the subscription's delivery logs for failed deliveries this often "
        "(default 5m; off: never)",
    )
    group.add_argument(
        "--batch-delay",
        type=_batch_delay,
        default=1.0,
        metavar="SECONDS",
        help="wait this long after a change before re-exporting, to merge the changes that "
        "follow it together (default 1)",
    )
    group.add_argument(
        "--role",
        choices=("all", "receiver", "merger"),
        default="all",
        help="all (default): receive and merge; receiver: receive only, into the shared "
        "--dirty-redis set; merger: load and merge from it, no listener",
    )
    group.add_argument(
        "--dirty-redis",
        metavar="URL",
        help="keep the dirty set in this Redis, shared by several receivers and one merger "
        "(default: a log beside the database, fsynced on every mark); --redis shares the "
        "rate limit, this the dirty set",
    )
    group.add_argument(
        "--subscription-name",
        metavar="NAME",
        default=None,
        help="the webhook subscription's name (default 'dixa-async mirror')",
    )
    exports_options(parser, parse_moment, until=False)


def _dirty(args: argparse.Namespace) -> DirtySet | None:
    if not args.dirty_redis:
        if args.role == "receiver":
            raise ConfigurationError("--role receiver needs --dirty-redis (the merger reads it)")
        return None
    from dixa_async.warehouse import RedisDirtySet
    from dixa_async.warehouse._dirty_redis import mirror_name

    return RedisDirtySet(args.dirty_redis, mirror_name(args.public_url))


def _on_merge(ui: UI) -> Callable[[MergeReport], None]:
    def show(report: MergeReport) -> None:
        missing = f", {len(report.missing)} not in the export" if report.missing else ""
        ui.note(
            f"merged {len(report.csids)} conversations ({report.messages} messages) in "
            f"{report.seconds:.1f} s with {report.requests} Exports API requests{missing}; "
            f"lag {report.lag_seconds:.1f} s; events {report.events}, dirty {report.dirty}, "
            f"merged {report.merged_total}"
        )
        if ui.as_json:
            sys.stdout.write(json.dumps(report.to_json()) + "\n")
            sys.stdout.flush()

    return show


def _on_load(ui: UI) -> Callable[[LoadReport], None]:
    def show(report: LoadReport) -> None:
        if ui.as_json:
            line = {
                "event": "load",
                "rows": dict(report.rows),
                "requests": report.requests.total,
                "seconds": round(report.seconds, 3),
            }
            sys.stdout.write(json.dumps(line) + "\n")
            sys.stdout.flush()

    return show


async def run(args: argparse.Namespace, ui: UI, target: Target) -> int:
    """Run the mirror until SIGINT/SIGTERM; exit 0 after a clean stop."""
    if warehouse_missing(ui, "mirror"):
        return EXIT_USAGE
    from dixa_async.warehouse import DEFAULT_OVERLAP, Mirror
    from dixa_async.warehouse._load import DEFAULT_DATASET, DEFAULT_DUCKDB
    from dixa_async.warehouse._mirror import DEFAULT_SUBSCRIPTION_NAME

    mirror = Mirror(
        public_url=args.public_url,
        since=args.since,
        listen=args.listen,
        duckdb=args.duckdb if args.duckdb is not None else DEFAULT_DUCKDB,
        destination=args.destination,
        dataset=args.dataset if args.dataset is not None else DEFAULT_DATASET,
        pipelines_dir=args.pipelines_dir,
        include=args.include,
        overlap=args.overlap if args.overlap is not None else DEFAULT_OVERLAP,
        client=lambda: exports_client(args, target),
        dirty=_dirty(args),
        role=args.role,
        full_every=args.full_every,
        deliveries_every=args.check_deliveries_every,
        batch_delay=args.batch_delay,
        subscription_name=args.subscription_name or DEFAULT_SUBSCRIPTION_NAME,
        on_merge=_on_merge(ui),
        on_load=_on_load(ui),
        on_note=ui.note,
        on_progress=load_progress(ui, not args.no_progress),
    )
    ui.note(f"dirty set: {mirror.dirty.description}")
    loop = asyncio.get_running_loop()
    stopping: list[int] = []
    for signum in (signal.SIGINT, signal.SIGTERM):

        def stop(signum: int = signum) -> None:
            if not stopping:
                ui.note(f"{signal.Signals(signum).name}: stopping (finishing the merge in flight)")
            stopping.append(signum)
            mirror.stop()

        loop.add_signal_handler(signum, stop)
    try:
        await mirror.run()
    except ValueError as exc:
        ui.err.print(f"[red]dixa-async: {exc}".replace("since=...", "--since"), highlight=False)
        return EXIT_USAGE
    finally:
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(signum)
    stats = mirror.stats
    ui.note(
        f"mirror stopped: {stats.events} events received, {stats.rejected} rejected, "
        f"{stats.merged} conversations merged in {stats.merges} merges, {stats.loads} loads"
    )
    return EXIT_OK
