"""Deterministic fault injection: server errors, 429 storms, dropped connections, latency."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Literal

import httpx

FaultKind = Literal["error", "rate_limit", "drop_before", "drop_after", "latency"]


class DroppedConnection(httpx.RemoteProtocolError):
    """Raised by the fake to cut a connection without a (complete) response.

    Through `httpx.ASGITransport` the client sees this transport error itself; under uvicorn the
    connection closes mid-response and the client sees its own `RemoteProtocolError`.
    """


@dataclass
class Fault:
    """One injected misbehaviour.

    `route` is `"METHOD /v1/path/{param}"` (the spec's template), `"/v1/path/{param}"` for any
    method, or None for every route. `rate` is the share of matching requests affected, drawn from
    the fake's seeded generator, so a run is reproducible for the same request order. `limit`
    caps how many requests the fault hits; `hits` counts them.
    """

    kind: FaultKind
    rate: float = 1.0
    route: str | None = None
    status: int = 500
    delay: float = 0.0
    limit: int | None = None
    hits: int = 0
    _method: str | None = field(default=None, repr=False)
    _template: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if not 0.0 <= self.rate <= 1.0:
            raise ValueError("rate must be between 0 and 1")
        if self.route is not None:
            method, _, template = self.route.strip().rpartition(" ")
            self._method = method.upper() or None
            self._template = template

    def matches(self, method: str, route: str) -> bool:
        if self.limit is not None and self.hits >= self.limit:
            return False
        if self._method is not None and self._method != method:
            return False
        return self._template is None or self._template == route or _glob(self._template, route)


def _glob(pattern: str, route: str) -> bool:
    if "*" not in pattern:
        return False
    return re.fullmatch(".*".join(re.escape(p) for p in pattern.split("*")), route) is not None


class Faults:
    """The fake's list of active faults and the seeded generator that decides who gets hit."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(f"faults-{seed}")
        self.active: list[Fault] = []

    def add(self, fault: Fault) -> Fault:
        self.active.append(fault)
        return fault

    def clear(self) -> None:
        self.active.clear()

    def draw(self, method: str, route: str) -> list[Fault]:
        """The faults that apply to this request (each counted as a hit)."""
        chosen = []
        for fault in self.active:
            if fault.matches(method, route) and (
                fault.rate >= 1.0 or self._rng.random() < fault.rate
            ):
                fault.hits += 1
                chosen.append(fault)
        return chosen
