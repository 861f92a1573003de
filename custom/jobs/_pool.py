"""Several API tokens working one job: one client (and so one rate limiter) per token."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

__all__ = ["TokenPool"]

C_co = TypeVar("C_co", covariant=True)


class TokenPool(Generic[C_co]):
    """The clients a job spreads its work over.

    Dixa meters each token separately (10 requests/s), and each `DixaClient` paces through
    the limiter of its own token, so a job given N clients of N distinct tokens runs up to N
    times as fast. The engine gives every client its own workers, all pulling from one
    queue: a slow or throttled token simply takes fewer items.

    Two clients of the *same* token share one limiter (see `DixaClient`), so they add no
    throughput; use `TokenPool.from_tokens` to have that checked.
    """

    __slots__ = ("_clients",)

    def __init__(self, clients: Sequence[C_co]) -> None:
        if not clients:
            raise ValueError("a token pool needs at least one client")
        self._clients = tuple(clients)

    @property
    def clients(self) -> tuple[C_co, ...]:
        return self._clients

    def __len__(self) -> int:
        return len(self.clients)

    def __repr__(self) -> str:
        return f"TokenPool({len(self.clients)} clients)"
