"""The output every command shares: the exit statuses, where a command writes (`UI`), what
it says before it starts, and what it reports when it ends (a human summary table, or one
JSON object).

rich (the `cli` extra) is imported only where a console or a table is made, so that the
parser and `dixa-async fake-server` work without it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any, Protocol

from dixa_async._core._config import RateLimit
from dixa_async.jobs import JobReport, Progress

from ._target import Target, fake_setup

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

    from ._progress import Phase, ProgressBoard

__all__ = [
    "EXIT_ERROR",
    "EXIT_FAILED_ITEMS",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "UI",
    "Summary",
    "announce",
    "console",
    "job_failures",
    "job_progress",
    "new_summary",
    "record_export",
    "record_job",
]

EXIT_OK = 0
EXIT_FAILED_ITEMS = 1
EXIT_USAGE = 2
EXIT_ERROR = 3
EXIT_INTERRUPTED = 130

_SHOWN_FAILURES = 10
_MEANINGFUL = 5.0  # seconds of physical minimum before utilisation is reported
# Wide enough that nothing is wrapped; tables still take only the width they need.
_UNWRAPPED = 100_000


def console(*, stderr: bool = False, file: IO[str] | None = None) -> Console:
    """A console for stdout (or stderr, or `file`).

    On a terminal it wraps to the terminal's width. Anywhere else (a pipe, a file, a CI log)
    nothing is wrapped, whatever `COLUMNS` or `FORCE_COLOR` say: each line printed stays
    one line, so output can be grepped and parsed.
    """
    from rich.console import Console

    stream = file if file is not None else (sys.stderr if stderr else sys.stdout)
    if _is_tty(stream):
        return Console(stderr=stderr, file=file)
    return Console(stderr=stderr, file=file, width=_UNWRAPPED, soft_wrap=True)


def _is_tty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False


def job_failures(report: JobReport) -> list[dict[str, Any]]:
    """Every failed item of `report`: key, error text and whether it is in doubt."""
    return [
        {
            "key": outcome.key,
            "error": f"{type(outcome.error).__name__}: {outcome.error}" if outcome.error else "",
            "in_doubt": outcome.in_doubt,
            **({"note": outcome.note} if outcome.note else {}),
        }
        for outcome in report.failures
    ]


@dataclass
class Summary:
    """The end-of-command figures. `phases` hold per-phase rows for the table."""

    command: str
    target: str
    embedded: bool
    rate_limit: RateLimit | None
    tokens: int
    phases: list[dict[str, Any]] = field(default_factory=list)
    failures: list[dict[str, Any]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def add_phase(
        self,
        name: str,
        *,
        items: int,
        failed: int = 0,
        skipped: int = 0,
        requests: int | None,
        rate_limited: int | None,
        elapsed: float,
    ) -> None:
        self.phases.append(
            {
                "phase": name,
                "items": items,
                "failed": failed,
                "skipped": skipped,
                "requests": requests,
                "rate_limited": rate_limited,
                "elapsed_seconds": round(elapsed, 3),
                "requests_per_second": (
                    round(requests / elapsed, 2) if requests is not None and elapsed > 0 else None
                ),
            }
        )

    @property
    def limit_per_second(self) -> float | None:
        """The combined request budget of every token, if pacing is on."""
        return None if self.rate_limit is None else self.rate_limit.per_second * self.tokens

    @property
    def failed(self) -> int:
        return sum(int(p["failed"]) for p in self.phases)

    def totals(self) -> dict[str, Any]:
        requests = [p["requests"] for p in self.phases]
        limited = [p["rate_limited"] for p in self.phases]
        elapsed = sum(float(p["elapsed_seconds"]) for p in self.phases)
        total_requests = None if None in requests else sum(requests)
        rate = total_requests / elapsed if total_requests is not None and elapsed > 0 else None
        limit = self.limit_per_second
        burst = 0 if self.rate_limit is None else self.rate_limit.burst * self.tokens
        # Dixa's bucket starts full: `burst` requests are free, the rest take 1/limit s each.
        floor = (
            max(0, total_requests - burst) / limit if total_requests is not None and limit else None
        )
        return {
            "items": sum(int(p["items"]) for p in self.phases),
            "failed": self.failed,
            "requests": total_requests,
            "rate_limited": None if None in limited else sum(limited),
            "elapsed_seconds": round(elapsed, 3),
            "requests_per_second": None if rate is None else round(rate, 2),
            "limit_per_second": limit,
            "physical_minimum_seconds": None if floor is None else round(floor, 3),
            # Short runs are dominated by the burst and start-up: no meaningful utilisation.
            "utilisation": (
                round(floor / elapsed, 3) if floor and floor >= _MEANINGFUL and elapsed else None
            ),
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "command": self.command,
            "target": self.target,
            "embedded_fake": self.embedded,
            "ok": self.failed == 0,
            "phases": self.phases,
            "totals": self.totals(),
            "failures": self.failures,
            **self.extra,
        }

    def emit(self, console: Console, *, as_json: bool) -> None:
        """Print the summary: JSON on stdout, or a table on `console`."""
        if as_json:
            sys.stdout.write(json.dumps(self.to_json(), indent=2, default=str) + "\n")
            sys.stdout.flush()
            return
        console.print(self.table())
        self._print_failures(console, self.failures)
        for name, value in self.extra.items():
            if isinstance(value, str | int | float):
                console.print(f"{name.replace('_', ' ')}: {value}", highlight=False)

    def table(self) -> Table:
        from rich.table import Table

        table = Table(title=f"dixa-async {self.command} — {self.target}", title_justify="left")
        for header in ("phase", "items", "failed", "requests", "429s", "elapsed", "req/s"):
            table.add_column(header, justify="left" if header == "phase" else "right")
        for p in [*self.phases, {"phase": "total", **self.totals()}]:
            table.add_row(
                str(p["phase"]),
                "" if p["phase"] == "total" else f"{p['items']:,}",
                f"[red]{p['failed']}" if p["failed"] else "0",
                _opt(p["requests"]),
                _opt(p["rate_limited"]),
                f"{p['elapsed_seconds']:.1f} s",
                _opt(p["requests_per_second"], "{:.1f}"),
                end_section=p["phase"] != "total" and p is self.phases[-1],
            )
        totals = self.totals()
        if totals["utilisation"] is not None:
            table.caption = (
                f"achieved {totals['requests_per_second']:.1f} req/s against a limit of "
                f"{totals['limit_per_second']:g} req/s: {totals['utilisation']:.0%} of the "
                f"physical limit ({totals['physical_minimum_seconds']:.1f} s minimum)"
            )
        elif self.rate_limit is None:
            table.caption = "client pacing off (--rate-limit 0)"
        return table

    @staticmethod
    def _print_failures(console: Console, failures: Sequence[Mapping[str, Any]]) -> None:
        if not failures:
            return
        console.print(f"[red]{len(failures)} item(s) failed:")
        for failure in failures[:_SHOWN_FAILURES]:
            doubt = " (in doubt)" if failure.get("in_doubt") else ""
            console.print(f"  {failure['key']}: {failure['error']}{doubt}", highlight=False)
        if len(failures) > _SHOWN_FAILURES:
            console.print(f"  ... and {len(failures) - _SHOWN_FAILURES} more (see --json)")


def _opt(value: Any, fmt: str = "{:,}") -> str:
    return "-" if value is None else fmt.format(value)


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
            "[yellow]Using the embedded fake Dixa[/] — in-process, "
            f"{fake_setup()}. Nothing is sent to Dixa."
        )
    else:
        ui.note(f"Using {target.describe()}.")


def new_summary(command: str, target: Target) -> Summary:
    return Summary(
        command,
        target.describe(),
        target.is_embedded,
        target.rate_limit,
        tokens=len(target.keys),
    )


def job_progress(phase: Phase) -> Callable[[Progress], None]:
    """An `on_progress` callback that moves `phase`."""

    def update(p: Progress) -> None:
        phase.update(done=p.done + p.skipped, failed=p.failed, rate_limited=p.rate_limited)

    return update


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
        failed=len(manifest.errors),  # conversations (REST) or windows (Exports API)
        skipped=manifest.already_exported,
        requests=manifest.requests,
        rate_limited=manifest.rate_limited,
        elapsed=manifest.elapsed,
    )
    summary.failures.extend(
        {"phase": phase, "key": e["id"], "error": e["error"], "in_doubt": False}
        for e in manifest.errors
    )
