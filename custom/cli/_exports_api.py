"""What `export --since` and `sync` (the commands on Dixa's Exports API) share: their
Exports API options, the client they use, per-window progress, and their summary."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import TYPE_CHECKING

import httpx
from dixa_async._core._argtypes import rate
from dixa_async._core._client import DixaClient
from dixa_async._core._config import DEFAULT_BASE_URL, RateLimit
from dixa_async._core._errors import ConfigurationError
from dixa_async._core.exports import DEFAULT_EXPORTS_BASE_URL, EXPORTS_RATE_LIMIT
from dixa_async.warehouse import PeriodManifest, WindowProgress

from ._output import UI, Summary, record_export
from ._target import Target

if TYPE_CHECKING:
    from ._progress import Phase

__all__ = [
    "WindowBars",
    "announce_exports",
    "exports_client",
    "exports_options",
    "exports_summary",
    "include_messages",
    "record_period",
    "usage_errors",
]


def exports_options(
    parser: argparse.ArgumentParser,
    parse_moment: Callable[[str], dt.datetime],
    *,
    until: bool = True,
) -> None:
    """The options of the Exports API commands (`export --since`, `sync`, `load`, `mirror`;
    `until=False` leaves out `--until`, for a command that never ends its period)."""
    group = parser.add_argument_group("Exports API")
    if until:
        group.add_argument(
            "--until",
            type=parse_moment,
            metavar="WHEN",
            help="end of the period, exclusive (default: now)",
        )
    group.add_argument(
        "--exports-base-url",
        metavar="URL",
        help=f"Exports API host (default {DEFAULT_EXPORTS_BASE_URL}; with --base-url, the "
        "same host: the fake Dixa serves both APIs)",
    )
    group.add_argument(
        "--exports-rate-limit",
        type=rate,
        metavar="PER_MINUTE",
        help="pacing of Exports API requests (default: 10 per minute, one every 6 s - Dixa "
        "does not document this limit; 429s are retried with backoff either way); 0 turns "
        "it off, for local fakes only (also off with --rate-limit 0)",
    )


def _exports_limit(args: argparse.Namespace, target: Target) -> RateLimit | None:
    """The Exports API pacing `args` ask for (None: off)."""
    if args.exports_rate_limit is not None:
        if args.exports_rate_limit == 0:
            return None
        return RateLimit(per_second=args.exports_rate_limit / 60, burst=2, headroom=1)
    return None if target.rate_limit is None else EXPORTS_RATE_LIMIT


def exports_summary(command: str, args: argparse.Namespace, target: Target) -> Summary:
    """The summary of an Exports API command: its utilisation is measured against the
    Exports API's pacing, on the one token it uses."""
    return Summary(
        command, target.describe(), target.is_embedded, _exports_limit(args, target), tokens=1
    )


def exports_client(args: argparse.Namespace, target: Target, key: str | None = None) -> DixaClient:
    """A client for `key` (default: the first key) with the Exports API settings of `args`.

    The Exports API runs one window after another on one token, so `export --since` and
    `sync` use the first key only; `load` makes one client per key (a `TokenPool`).
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
        key if key is not None else target.keys[0],
        base_url=target.base_url,
        rate_limit=target.rate_limit,
        transport=transport,
        limiter=target.limiter,
        exports_rate_limit=limit,
        exports_base_url=exports_url,
    )


class WindowBars:
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
        if progress.state == "retrying":
            self._close()
            self.ui.note(f"[yellow]{title}: rolled back, sending it again ({progress.error})")
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
    def active(self) -> Iterator[WindowBars]:
        try:
            yield self
        finally:
            self._close()


@contextlib.contextmanager
def usage_errors() -> Iterator[None]:
    """Bad bounds (until before since, no --since on a first sync) are usage errors, raised
    by the jobs as ValueError before anything is sent."""
    try:
        yield
    except ValueError as exc:
        raise ConfigurationError(str(exc).replace("since=...", "--since")) from None


def record_period(summary: Summary, manifest: PeriodManifest) -> None:
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


def include_messages(args: argparse.Namespace) -> bool:
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


def announce_exports(ui: UI, client: DixaClient, args: argparse.Namespace, target: Target) -> None:
    where = "the embedded fake" if target.is_embedded else client.exports.base_url
    ui.note(f"Exports API: {where} ({_pacing(args, target)}).")


def _pacing(args: argparse.Namespace, target: Target) -> str:
    given = args.exports_rate_limit
    if given == 0 or (given is None and target.rate_limit is None):
        return "no client pacing"
    per_minute = given if given is not None else EXPORTS_RATE_LIMIT.per_second * 60
    return f"paced to {per_minute:g} requests/minute; Dixa does not document this limit"
