"""Request counters of the clients a job runs on (a `DixaClient` keeps them in `.stats`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

__all__ = ["request_counts"]


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
