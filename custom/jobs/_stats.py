"""Request counters of the clients a job runs on (a `DixaClient` keeps them in `.stats`,
and so does its `exports` namespace)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

__all__ = ["RequestCounter", "request_counts"]


@runtime_checkable
class _Counters(Protocol):
    requests: int
    rate_limited: int


def request_counts(clients: Iterable[object]) -> tuple[int, int] | None:
    """(requests sent, 429s seen) summed over `clients`; None if any keeps no counters."""
    requests = limited = 0
    for client in clients:
        stats = getattr(client, "stats", None)
        if not isinstance(stats, _Counters):
            return None
        requests += stats.requests
        limited += stats.rate_limited
    return requests, limited


class RequestCounter:
    """The requests (and 429s) `clients` sent since this counter was made: the one place
    a job's report and a manifest take their `requests`/`rate_limited` from."""

    def __init__(self, clients: Iterable[object]) -> None:
        self._clients = tuple(clients)
        self._baseline = request_counts(self._clients)

    def delta(self) -> tuple[int | None, int | None]:
        """(requests, 429s) since the start; (None, None) if a client keeps no counters."""
        now = request_counts(self._clients)
        if now is None or self._baseline is None:
            return None, None
        return now[0] - self._baseline[0], now[1] - self._baseline[1]
