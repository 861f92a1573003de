"""Progress of a command's phases on stderr: items, rate, ETA, 429s and failures.

On a terminal each phase is a live rich progress bar. Without one (CI logs, pipes) a plain
status line is printed every few seconds and once when the phase ends, so logs show the
job moving without drowning in redraws.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

__all__ = ["Phase", "ProgressBoard"]


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes}:{secs:02d}"


@dataclass
class Phase:
    """One phase of a command (e.g. "export"); `update` it with running totals."""

    description: str
    total: int | None
    _board: ProgressBoard
    _task: TaskID | None = None
    _started: float = field(default_factory=time.monotonic)
    _last_line: float = 0.0
    done: int = 0
    failed: int = 0
    rate_limited: int = 0

    def update(
        self,
        *,
        done: int | None = None,
        failed: int | None = None,
        rate_limited: int | None = None,
        total: int | None = None,
    ) -> None:
        """Set the running totals (items ok, items failed, 429s seen so far)."""
        if done is not None:
            self.done = done
        if failed is not None:
            self.failed = failed
        if rate_limited is not None:
            self.rate_limited = rate_limited
        if total is not None:
            self.total = total
        self._board._render(self, final=False)

    def advance(self, ok: bool = True) -> None:
        """Count one more item, ok or failed."""
        if ok:
            self.done += 1
        else:
            self.failed += 1
        self._board._render(self, final=False)

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self._started

    @property
    def rate(self) -> float:
        """Items finished per second so far."""
        elapsed = self.elapsed
        return (self.done + self.failed) / elapsed if elapsed > 0 else 0.0

    def status_line(self) -> str:
        finished = self.done + self.failed
        count = f"{finished}/{self.total}" if self.total is not None else str(finished)
        eta = ""
        if self.total is not None and self.rate > 0 and finished < self.total:
            eta = f"  ETA {_clock((self.total - finished) / self.rate)}"
        return (
            f"{self.description}: {count} items  {self.rate:.1f}/s  "
            f"elapsed {_clock(self.elapsed)}{eta}  429s {self.rate_limited}  "
            f"failed {self.failed}"
        )


class ProgressBoard:
    """All progress output of one command. `enabled=False` shows nothing."""

    def __init__(self, console: Console, *, enabled: bool = True, interval: float = 2.0) -> None:
        self.console = console
        self.enabled = enabled
        self.interval = interval
        self._live: Progress | None = None

    @contextmanager
    def phase(self, description: str, total: int | None = None) -> Iterator[Phase]:
        """Show a phase while the block runs; its last state stays on screen afterwards."""
        phase = Phase(description, total, self)
        phase._last_line = phase._started  # the first plain line comes after one interval
        if self.enabled and self.console.is_terminal:
            self._live = self._bar()
            with self._live:
                phase._task = self._live.add_task(
                    description, total=total, failed=0, limited=0, rate=0.0
                )
                try:
                    yield phase
                finally:
                    self._render(phase, final=True)
            self._live = None
        else:
            try:
                yield phase
            finally:
                self._render(phase, final=True)

    def _bar(self) -> Progress:
        return Progress(
            TextColumn("[bold]{task.description:<8}"),
            BarColumn(bar_width=30),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:>5.1f}/s"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            TextColumn("429s {task.fields[limited]}"),
            TextColumn("[red]failed {task.fields[failed]}"),
            console=self.console,
            transient=False,
        )

    def _render(self, phase: Phase, *, final: bool) -> None:
        if not self.enabled:
            return
        if phase._task is not None:
            if self._live is not None:
                self._live.update(
                    phase._task,
                    completed=phase.done + phase.failed,
                    total=phase.total,
                    failed=phase.failed,
                    limited=phase.rate_limited,
                    rate=phase.rate,
                )
            return
        now = time.monotonic()
        if final or now - phase._last_line >= self.interval:
            phase._last_line = now
            self.console.print(phase.status_line(), highlight=False, soft_wrap=True)
