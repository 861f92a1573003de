"""`dixa-async bulk OPERATION --input FILE`: one write operation over every record of a CSV
or JSON-lines file, at the rate limit, resumable, one result per record.

    dixa-async bulk tag --input ids.csv --tag vip --checkpoint tag.ckpt
    dixa-async bulk end_users.create --input users.jsonl --results created.jsonl
"""

from __future__ import annotations

import argparse
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from dixa_async._core._argtypes import positive_int, seconds
from dixa_async._core._client import DixaClient
from dixa_async._core._errors import ConfigurationError
from dixa_async.jobs import Checkpoint, TokenPool
from dixa_async.jobs._settle import CLOCK_SKEW
from dixa_async.jobs._target import target_of

from ._bulk_plan import ALIASES, check_operation, describe_operations, plan_job
from ._output import EXIT_FAILED_ITEMS, EXIT_OK, UI, job_progress, new_summary, record_job
from ._target import Target, first_client

__all__ = ["register", "run"]


class _ListOperations(argparse.Action):
    """`bulk --list`: print the operations and exit, like --help."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        print(describe_operations())
        parser.exit(0)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:  # fmt: skip
    bulk = commands.add_parser(
        "bulk",
        parents=[common],
        help="run one write operation over every record of a CSV or JSONL file",
        description="Run a write operation of the Dixa API over every record of --input, at "
        "the rate limit, one result per record. OPERATION is an operation's qualified name "
        "(end_users.create, conversations.close, internal_notes.create, ...: `dixa-async "
        "bulk --list` shows every one with its inputs and batching) or a short name: "
        + "; ".join(f"{name}: {alias.help}" for name, alias in ALIASES.items()),
    )
    bulk.add_argument(
        "--list",
        action=_ListOperations,
        nargs=0,
        help="show the write operations, their inputs and batching, then exit",
    )
    bulk.add_argument("operation", type=check_operation, metavar="OPERATION")
    bulk.add_argument(
        "--input",
        "-i",
        required=True,
        metavar="FILE",
        help="rows to process: .csv (header row) or .jsonl (one object per line)",
    )
    bulk.add_argument("--tag", dest="tag_name", metavar="NAME", help="tag for tag/untag")
    bulk.add_argument(
        "--create-missing",
        action="store_true",
        help="tag: create a tag no tag carries (default: its records fail, so that a typo "
        "never creates a tag)",
    )
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
        "--clock-skew",
        type=seconds,
        default=CLOCK_SKEW,
        metavar="SECONDS",
        help="how far this machine's clock and Dixa's may differ (default %(default)g): a record "
        "left in "
        "doubt is settled only by a note or end user Dixa stamped more than this after the "
        "record was started",
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
        "--force",
        action="store_true",
        help="overwrite a --results file another job wrote (default: refused)",
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
        help="the record field that identifies a record in the checkpoint (default: a "
        "fingerprint of its content, so lines may move, be added or removed between runs)",
    )


async def run(args: argparse.Namespace, ui: UI, target: Target) -> int:
    job = plan_job(args)  # the whole input, read and checked before anything is sent
    summary = new_summary(f"bulk {args.operation}", target)
    async with target.executor() as executor, _locked(args, executor, job.keys) as checkpoint:
        await job.prepare(first_client(executor))
        for notice in job.notices:
            ui.note(notice)
        if job.destructive and not args.yes and not args.dry_run:
            raise ConfigurationError(
                f"{args.operation} is irreversible: add --yes to run it on {job.total} "
                "item(s) (or --dry-run to check the input)"
            )
        with ui.board.phase(args.operation, total=job.total) as phase:
            report = await job.run(executor, checkpoint=checkpoint, on_progress=job_progress(phase))
    record_job(summary, args.operation, report)
    summary.extra.update(job.summary(report))
    if args.dry_run:
        summary.extra["dry_run"] = report.dry_run
    if args.checkpoint:
        summary.extra["checkpoint"] = args.checkpoint
    summary.emit(ui.out, as_json=ui.as_json)
    return EXIT_FAILED_ITEMS if report.failed else EXIT_OK


@asynccontextmanager
async def _locked(
    args: argparse.Namespace, executor: DixaClient | TokenPool[DixaClient], keys: str | None
) -> AsyncIterator[Checkpoint | str | None]:
    """The bulk job's checkpoint, locked - and checked against the Dixa it is used with -
    before anything (tag lookups included) is sent, so that a second job on the same file,
    or a checkpoint made against another Dixa, stops before it acts. A dry run writes
    nothing and takes no lock (the engine checks its checkpoint the same way)."""
    if not args.checkpoint or args.dry_run:
        yield args.checkpoint
        return
    with Checkpoint(
        args.checkpoint, job=args.operation, target=target_of(executor), keys=keys
    ) as checkpoint:
        yield checkpoint
