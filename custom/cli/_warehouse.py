"""`dixa-async export --since ...` and `dixa-async sync`: whole periods through Dixa's
Exports API into a directory, window by window, resumable; and the incremental sync on top.

    dixa-async export --since 2024-01-01 --until 2024-07-01 --output warehouse/
    dixa-async sync --state dixa.state.json --output batches/ --since 2024-01-01   # first run
    dixa-async sync --state dixa.state.json --output batches/                       # later runs

The options are defined in `_warehouse_args`; the commands are `cmd_export_period` and
`cmd_sync`.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
from collections.abc import Iterator
from contextlib import ExitStack

import httpx
from dixa_async._core._client import DixaClient
from dixa_async._core._config import DEFAULT_BASE_URL, RateLimit
from dixa_async._core._errors import ConfigurationError
from dixa_async._core.exports import DEFAULT_EXPORTS_BASE_URL, EXPORTS_RATE_LIMIT
from dixa_async.warehouse import PeriodManifest, SyncReport, WindowProgress, export_period, sync

from ._commands import EXIT_FAILED_ITEMS, EXIT_OK, UI, record_export
from ._output import Summary
from ._progress import Phase
from ._query import has_filters
from ._target import Target

__all__ = ["cmd_export_period", "cmd_sync"]


def _exports_limit(args: argparse.Namespace, target: Target) -> RateLimit | None:
    """The Exports API pacing `args` ask for (None: off)."""
    if args.exports_rate_limit is not None:
        if args.exports_rate_limit == 0:
            return None
        return RateLimit(per_second=args.exports_rate_limit / 60, burst=2, headroom=1)
    return None if target.rate_limit is None else EXPORTS_RATE_LIMIT


def _new_summary(command: str, args: argparse.Namespace, target: Target) -> Summary:
    """The summary of an Exports API command: its utilisation is measured against the
    Exports API's pacing, on the one token it uses."""
    return Summary(
        command, target.describe(), target.is_embedded, _exports_limit(args, target), tokens=1
    )


def _exports_client(args: argparse.Namespace, target: Target) -> DixaClient:
    """A client for the first key with the Exports API settings of `args`.

    The Exports API runs one window after another on one token, so extra keys are not used.
    """
    limit = _exports_limit(args, target)
    exports_url = args.exports_base_url
    if exports_url is None:
        exports_url = (
            target.base_url
            if target.base_url != DEFAULT_BASE_URL and not target.is_embedded
            else DEFAULT_EXPORTS_BASE_URL
        )
    transport = (
        httpx.ASGITransport(app=target.embedded)  # type: ignore[arg-type]
        if target.embedded is not None
        else None
    )
    return DixaClient(
        target.keys[0],
        base_url=target.base_url,
        rate_limit=target.rate_limit,
        transport=transport,
        limiter=target.limiter,
        exports_rate_limit=limit,
        exports_base_url=exports_url,
    )


class _WindowBars:
    """One progress phase per window: opened when its first request goes out, closed (its
    last state left on screen) when the window is committed, fails or is skipped."""

    def __init__(self, ui: UI) -> None:
        self.ui = ui
        self._stack = ExitStack()
        self._phase: Phase | None = None

    def __call__(self, progress: WindowProgress) -> None:
        title = f"{progress.label} ({progress.index}/{progress.windows})"
        if progress.state == "skipped":
            self.ui.note(
                f"{title}: done by an earlier run ({progress.conversations:,} conversations, "
                f"{progress.messages:,} messages)"
            )
            return
        if progress.state == "started":
            self._close()
            self._phase = self._stack.enter_context(self.ui.board.phase(title))
            return
        if self._phase is not None:
            self._phase.update(
                done=progress.conversations + progress.messages,
                failed=1 if progress.state == "failed" else 0,
            )
        if progress.state in ("done", "failed"):
            self._close()
            if progress.state == "done":
                self.ui.note(
                    f"{title}: {progress.conversations:,} conversations, "
                    f"{progress.messages:,} messages"
                )
            else:
                self.ui.note(f"[red]{title}: failed, rolled back ({progress.error})")

    def _close(self) -> None:
        self._stack.close()
        self._stack = ExitStack()
        self._phase = None

    @contextlib.contextmanager
    def active(self) -> Iterator[_WindowBars]:
        try:
            yield self
        finally:
            self._close()


@contextlib.contextmanager
def _usage_errors() -> Iterator[None]:
    """Bad bounds (until before since, no --since on a first sync) are usage errors, raised
    by the jobs as ValueError before anything is sent."""
    try:
        yield
    except ValueError as exc:
        raise ConfigurationError(str(exc).replace("since=...", "--since")) from None


def _record(summary: Summary, manifest: PeriodManifest) -> None:
    record_export(summary, manifest, phase="exports")
    summary.extra.update(
        output=str(manifest.directory),
        manifest=str(manifest.path),
        complete=manifest.complete,
        conversations_total=manifest.exported_total,
        messages_total=manifest.messages_total,
        messages_this_run=manifest.messages_this_run,
        windows=f"{manifest.windows_done}/{len(manifest.windows)}",
        period=f"{manifest.source['after']} .. {manifest.source['before']}",
    )


def _include_messages(args: argparse.Namespace) -> bool:
    parts = {p.strip().lower() for p in str(args.include).split(",") if p.strip()}
    unsupported = parts - {"messages", "none"}
    if unsupported:
        raise ConfigurationError(
            f"--include {','.join(sorted(unsupported))} is not in the Exports API (internal "
            "notes, activity logs and per-conversation ratings lists come from the REST "
            "path): use --include messages or none with --since, and export notes with the "
            "search filters instead (e.g. --created-since ... --include notes -o notes.jsonl)"
        )
    return "messages" in parts


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


async def cmd_export_period(args: argparse.Namespace, ui: UI, target: Target) -> int:
    """`export --since`: the period into the directory `--output`."""
    _check_period_args(args)
    include_messages = _include_messages(args)
    summary = _new_summary("export", args, target)
    async with _exports_client(args, target) as client:
        _announce_exports(ui, client, args, target)
        with _WindowBars(ui).active() as bars, _usage_errors():
            manifest = await export_period(
                client,
                args.output,
                since=args.since,
                until=args.until,
                include_messages=include_messages,
                on_progress=bars,
            )
    _record(summary, manifest)
    summary.emit(ui.out, as_json=ui.as_json)
    return EXIT_OK if manifest.complete else EXIT_FAILED_ITEMS


async def cmd_sync(args: argparse.Namespace, ui: UI, target: Target) -> int:
    """`sync`: one incremental run (or the unfinished one) into a batch under `--output`."""
    summary = _new_summary("sync", args, target)
    async with _exports_client(args, target) as client:
        _announce_exports(ui, client, args, target)
        with _WindowBars(ui).active() as bars, _usage_errors():
            report = await sync(
                client,
                state=args.state,
                output=args.output,
                since=args.since,
                overlap=args.overlap,
                until=args.until,
                include_messages=not args.no_messages,
                on_progress=bars,
            )
    _record(summary, report.manifest)
    _record_sync(summary, report)
    summary.emit(ui.out, as_json=ui.as_json)
    return EXIT_OK if report.complete else EXIT_FAILED_ITEMS


def _record_sync(summary: Summary, report: SyncReport) -> None:
    summary.extra.update(
        run=report.run,
        mode=report.mode,
        resumed=report.resumed,
        state=str(report.state_path),
        batch=str(report.batch),
        skipped_duplicates=report.skipped_duplicates,
        period=f"{_iso(report.start)} .. {_iso(report.end)}",
    )
    if not report.complete:
        summary.extra["next"] = "run sync again: it retries the failed windows of this run"


def _iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def _announce_exports(ui: UI, client: DixaClient, args: argparse.Namespace, target: Target) -> None:
    where = "the embedded fake" if target.is_embedded else client.exports.base_url
    ui.note(f"Exports API: {where} ({_pacing(args, target)}).")


def _pacing(args: argparse.Namespace, target: Target) -> str:
    given = args.exports_rate_limit
    if given == 0 or (given is None and target.rate_limit is None):
        return "no client pacing"
    per_minute = given if given is not None else EXPORTS_RATE_LIMIT.per_second * 60
    return f"paced to {per_minute:g} requests/minute; Dixa does not document this limit"
