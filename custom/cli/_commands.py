"""What each subcommand does, given the parsed options.

Every command returns its exit status: 0 when everything succeeded, 1 when some items
failed (the summary lists them). Errors that stop a command before or during its work are
raised and turned into statuses 2/3 by `main`.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from typing import Any, Protocol

from dixa_async._core._client import DixaClient
from dixa_async._core._errors import ConfigurationError
from dixa_async.jobs import Checkpoint, JobReport, Progress, TokenPool
from dixa_async.jobs._files import check_writable
from dixa_async.search import Search
from dixa_async.warehouse import Part, export_conversations, export_end_user
from rich.console import Console

from ._bulk import plan_job
from ._output import Summary, job_failures
from ._progress import Phase, ProgressBoard
from ._query import build_search, search_hits
from ._target import Target, fake_setup, resolve_target

__all__ = ["EXIT_FAILED_ITEMS", "EXIT_OK", "UI", "run_command"]

EXIT_OK = 0
EXIT_FAILED_ITEMS = 1


@dataclass
class UI:
    """Where a command writes: results on `out` (stdout), everything else on `err`."""

    out: Console
    err: Console
    board: ProgressBoard
    as_json: bool

    def note(self, text: str) -> None:
        self.err.print(text, highlight=False, soft_wrap=True)


def announce(ui: UI, target: Target) -> None:
    """Say clearly where requests go, before any is sent (never the key itself)."""
    if target.is_embedded:
        ui.note(
            "[yellow]No API key given (--api-key or DIXA_API_KEY): using the embedded fake "
            f"Dixa[/] — in-process, {fake_setup()}. Nothing is sent to Dixa."
        )
    else:
        ui.note(f"Using {target.describe()}.")


@asynccontextmanager
async def open_clients(target: Target) -> AsyncIterator[list[DixaClient]]:
    """One open client per token, closed on exit."""
    async with AsyncExitStack() as stack:
        yield [await stack.enter_async_context(c) for c in target.clients()]


def job_progress(phase: Phase) -> Callable[[Progress], None]:
    def update(p: Progress) -> None:
        phase.update(done=p.done + p.skipped, failed=p.failed, rate_limited=p.rate_limited)

    return update


def new_summary(command: str, target: Target) -> Summary:
    return Summary(
        command,
        target.describe(),
        target.is_embedded,
        target.rate_limit,
        tokens=len(target.keys),
    )


def _stats(clients: list[DixaClient]) -> tuple[int, int]:
    return (sum(c.stats.requests for c in clients), sum(c.stats.rate_limited for c in clients))


async def collect_ids(
    ui: UI,
    summary: Summary,
    client: DixaClient,
    search: Search,
    *,
    limit: int | None,
    echo: bool = False,
) -> list[int]:
    """Run `search`; every hit's id (at most `limit`), in Dixa's order."""
    before, started = _stats([client]), time.monotonic()
    ids: list[int] = []
    with ui.board.phase("search", total=limit) as phase:
        async for hit in search_hits(client, search, max_items=limit):
            ids.append(hit.id)
            if echo:
                ui.out.print(hit.id, highlight=False)
            phase.update(done=len(ids), rate_limited=client.stats.rate_limited - before[1])
    after = _stats([client])
    summary.add_phase(
        "search",
        items=len(ids),
        requests=after[0] - before[0],
        rate_limited=after[1] - before[1],
        elapsed=time.monotonic() - started,
    )
    return ids


def record_job(summary: Summary, name: str, report: JobReport) -> None:
    summary.add_phase(
        name,
        items=report.succeeded,
        failed=report.failed,
        skipped=report.skipped,
        requests=report.requests,
        rate_limited=report.rate_limited,
        elapsed=report.elapsed,
    )
    summary.failures.extend({"phase": name, **f} for f in job_failures(report))


class _ExportCounts(Protocol):
    """What the REST export's and the Exports API export's manifests both count."""

    @property
    def exported_this_run(self) -> int: ...
    @property
    def failed(self) -> int: ...
    @property
    def already_exported(self) -> int: ...
    @property
    def requests(self) -> int | None: ...
    @property
    def rate_limited(self) -> int | None: ...
    @property
    def elapsed(self) -> float: ...
    @property
    def errors(self) -> Sequence[Mapping[str, Any]]: ...


def record_export(summary: Summary, manifest: _ExportCounts, *, phase: str = "export") -> None:
    summary.add_phase(
        phase,
        items=manifest.exported_this_run,
        failed=manifest.failed,
        skipped=manifest.already_exported,
        requests=manifest.requests,
        rate_limited=manifest.rate_limited,
        elapsed=manifest.elapsed,
    )
    summary.failures.extend(
        {"phase": phase, "key": e["id"], "error": e["error"], "maybe_applied": False}
        for e in manifest.errors
    )


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


async def cmd_verify(args: argparse.Namespace, ui: UI, target: Target) -> int:
    async with target.client() as client:
        started = time.monotonic()
        org = await client.verify()
        summary = new_summary("verify", target)
        summary.add_phase(
            "verify",
            items=1,
            requests=client.stats.requests,
            rate_limited=client.stats.rate_limited,
            elapsed=time.monotonic() - started,
        )
    summary.extra["organization"] = {"id": org.id, "name": org.name, "subdomain": org.subdomain}
    if ui.as_json:
        summary.emit(ui.out, as_json=True)
    else:
        ui.out.print(f"API key OK: organisation {org.name!r} ({org.subdomain}, id {org.id})")
    return EXIT_OK


async def cmd_search(args: argparse.Namespace, ui: UI, target: Target) -> int:
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


async def cmd_export(args: argparse.Namespace, ui: UI, target: Target) -> int:
    if args.since is not None:  # a whole period, through the Exports API
        from ._warehouse import cmd_export_period

        return await cmd_export_period(args, ui, target)
    parts = parse_parts(args.include)
    check_writable(args.output, what="export file")  # before the search spends requests
    summary = new_summary("export", target)
    async with open_clients(target) as clients:
        executor: DixaClient | TokenPool[DixaClient] = (
            clients[0] if len(clients) == 1 else TokenPool(clients)
        )
        if args.end_user:
            with ui.board.phase("export") as phase:
                manifest = await export_end_user(
                    clients[0], args.end_user, args.output, parts=parts,
                    on_progress=job_progress(phase),
                )  # fmt: skip
        else:
            search = await build_search(clients[0], args)
            ids = await collect_ids(ui, summary, clients[0], search, limit=args.limit)
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


async def cmd_bulk(args: argparse.Namespace, ui: UI, target: Target) -> int:
    job = plan_job(args)  # the whole input, read and checked before anything is sent
    summary = new_summary(f"bulk {args.operation}", target)
    async with open_clients(target) as clients, _locked(args) as checkpoint:
        await job.prepare(clients[0])
        for notice in job.notices:
            ui.note(notice)
        if job.destructive and not args.yes and not args.dry_run:
            raise ConfigurationError(
                f"{args.operation} is irreversible: add --yes to run it on {job.total} "
                "item(s) (or --dry-run to check the input)"
            )
        with ui.board.phase(args.operation, total=job.total) as phase:
            report = await job.run(clients, checkpoint=checkpoint, on_progress=job_progress(phase))
    record_job(summary, args.operation, report)
    summary.extra.update(job.summary(report))
    if args.dry_run:
        summary.extra["dry_run"] = report.dry_run
    if args.checkpoint:
        summary.extra["checkpoint"] = args.checkpoint
    summary.emit(ui.out, as_json=ui.as_json)
    return EXIT_FAILED_ITEMS if report.failed else EXIT_OK


@asynccontextmanager
async def _locked(args: argparse.Namespace) -> AsyncIterator[Checkpoint | str | None]:
    """The bulk job's checkpoint, locked before anything (tag lookups included) is sent, so
    that a second job on the same file stops before it acts. A dry run writes nothing and
    takes no lock."""
    if not args.checkpoint or args.dry_run:
        yield args.checkpoint
        return
    with Checkpoint(args.checkpoint, job=args.operation) as checkpoint:
        yield checkpoint


Command = Callable[[argparse.Namespace, UI, Target], Awaitable[int]]


async def run_command(args: argparse.Namespace, ui: UI) -> int:
    """Resolve the target, announce it, run the command; returns the exit status."""
    from ._demo import cmd_demo
    from ._warehouse import cmd_sync

    commands: dict[str, Command] = {
        "verify": cmd_verify,
        "search": cmd_search,
        "export": cmd_export,
        "bulk": cmd_bulk,
        "demo": cmd_demo,
        "sync": cmd_sync,
    }
    target = resolve_target(args.api_keys, args.base_url, args.rate_limit, redis_url=args.redis_url)
    announce(ui, target)
    return await commands[args.command](args, ui, target)
