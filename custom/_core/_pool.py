"""Several API tokens working one job: one client (and so one rate limiter) per token."""

from __future__ import annotations

from collections.abc import Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

if TYPE_CHECKING:
    from ._client import DixaClient

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

    __slots__ = ("_clients", "_owned")

    def __init__(self, clients: Sequence[C_co]) -> None:
        if not clients:
            raise ValueError("a token pool needs at least one client")
        self._clients = tuple(clients)
        self._owned = False

    @classmethod
    def from_tokens(cls, tokens: Sequence[str], **client_options: Any) -> TokenPool[DixaClient]:
        """One `DixaClient(token, **client_options)` per token; use `async with` to open
        them and to close them.

        A `limiter=` option (such as `RedisLimiter(url)`) is shared by all the pool's
        clients, one budget per token; entering the pool checks that it works.

        Raises ValueError for a repeated token: it would share its limiter and add nothing.
        """
        from ._client import DixaClient

        if len(set(tokens)) != len(tokens):
            raise ValueError("repeated token in the pool: each token has one rate limit")
        pool = TokenPool([DixaClient(token, **client_options) for token in tokens])
        pool._owned = True
        return pool

    async def __aenter__(self) -> Self:
        """Open the clients `from_tokens` created (clients passed in stay the caller's)."""
        if self._owned:
            for opened, client in enumerate(self._clients):
                try:
                    await client.__aenter__()  # type: ignore[attr-defined]
                except BaseException:
                    for earlier in self._clients[:opened]:
                        await earlier.aclose()  # type: ignore[attr-defined]
                    raise
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Close the clients `from_tokens` created (clients passed in stay the caller's)."""
        if self._owned:
            for client in self._clients:
                await client.aclose()  # type: ignore[attr-defined]

    @property
    def clients(self) -> tuple[C_co, ...]:
        return self._clients

    def __len__(self) -> int:
        return len(self.clients)

    def __repr__(self) -> str:
        return f"TokenPool({len(self.clients)} clients)"
