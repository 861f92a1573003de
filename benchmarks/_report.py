"""One benchmark figure, its target, and how the report prints them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from rich.console import Console
from rich.table import Table

__all__ = ["Figure", "print_report", "write_json"]


@dataclass(frozen=True)
class Figure:
    """A measured figure. `higher_is_better` decides how `target` is compared."""

    name: str
    value: float
    unit: str
    target: float | None
    comparison: Literal[">=", "<=", "<"] = ">="
    details: dict[str, Any] = field(default_factory=dict)
    baselines: dict[str, float] = field(default_factory=dict)
    """Other implementations measured the same way (same unit), for comparison."""

    @property
    def passed(self) -> bool | None:
        if self.target is None:
            return None
        if self.comparison == ">=":
            return self.value >= self.target
        if self.comparison == "<=":
            return self.value <= self.target
        return self.value < self.target


def _fmt(value: float, unit: str) -> str:
    if unit == "x":
        return f"{value:.3f}x" if value < 10 else f"{value:.1f}x"
    if unit == "%":
        return f"{value:.2f}%"
    return f"{value:,.1f} {unit}"


def print_report(console: Console, figures: Sequence[Figure]) -> None:
    table = Table(title="dixa-async benchmarks", title_justify="left")
    table.add_column("figure")
    table.add_column("dixa-async", justify="right")
    table.add_column("target", justify="right")
    table.add_column("result")
    table.add_column("beside it", overflow="fold")
    for fig in figures:
        target = "-" if fig.target is None else f"{fig.comparison} {_fmt(fig.target, fig.unit)}"
        verdict = {True: "[green]PASS", False: "[red]FAIL", None: ""}[fig.passed]
        beside = ", ".join(f"{name} {_fmt(v, fig.unit)}" for name, v in fig.baselines.items())
        table.add_row(fig.name, _fmt(fig.value, fig.unit), target, verdict, beside)
    console.print(table)
    for fig in figures:
        if fig.details:
            pairs = "  ".join(f"{k}={v}" for k, v in fig.details.items())
            console.print(f"[dim]{fig.name}: {pairs}", highlight=False, soft_wrap=True)


def write_json(path: Path, figures: Sequence[Figure], meta: dict[str, Any]) -> None:
    payload = {
        "meta": meta,
        "figures": [{**asdict(fig), "passed": fig.passed} for fig in figures],
    }
    path.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
