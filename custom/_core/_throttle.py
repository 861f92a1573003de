"""Client-side pacing: the `Limiter` interface, the default in-process limiter, and the
`Throttle` each transport paces through.

Dixa meters the token, not the client object, so every limiter is keyed by the token's
fingerprint (its SHA-256; the token itself is never stored).

The default `InProcessLimiter` keeps one leaky bucket per (event loop, token, rate): every
client holding the same token in a loop paces through the same bucket. aiolimiter buckets
are bound to the loop that first uses them (aiolimiter #292), hence the loop in the key.
The registry holds loops and buckets weakly, and each `InProcessLimiter` holds the buckets
it used: a bucket lives as long as a client (whose default limiter is its own instance)
uses it, and a finished test loop is not kept alive by it.

`dixa_async.limits.RedisLimiter` implements the same interface across processes.
"""

from __future__ import annotations

import asyncio
import hashlib
import weakref
from abc import ABC, abstractmethod

from aiolimiter import AsyncLimiter

from ._config import RateLimit
from ._errors import ConfigurationError

__all__ = ["InProcessLimiter", "Limiter", "Throttle", "shared_limiter", "token_fingerprint"]


_Key = tuple[str, RateLimit]
_registry: weakref.WeakKeyDictionary[
    asyncio.AbstractEventLoop, weakref.WeakValueDictionary[_Key, AsyncLimiter]
] = weakref.WeakKeyDictionary()


def token_fingerprint(token: str) -> str:
    """A stable identifier for a token that does not reveal it."""
    return hashlib.sha256(token.encode()).hexdigest()


def shared_limiter(
    loop: asyncio.AbstractEventLoop, fingerprint: str, rate: RateLimit
) -> AsyncLimiter:
    """The limiter shared by every client of token `fingerprint` with `rate` in `loop`."""
    per_loop = _registry.get(loop)
    if per_loop is None:
        per_loop = _registry[loop] = weakref.WeakValueDictionary()
    key = (fingerprint, rate)
    limiter = per_loop.get(key)
    if limiter is None:
        limiter = per_loop[key] = AsyncLimiter(rate.capacity, rate.period)
    return limiter


class Limiter(ABC):
    """Decides when each request of a token may be sent.

    A limiter may be shared by any number of clients (and, for `RedisLimiter`, processes);
    it keeps one budget per token fingerprint. Clients call `open` when they are entered
    (`async with`) or first send, `acquire` before every request (each retry included) and
    `close` when they are closed. `open`/`close` pairs may nest: a limiter shared by several
    clients stays usable until the last of them closes.
    """

    @abstractmethod
    async def acquire(self, fingerprint: str, rate: RateLimit) -> None:
        """Return once one request of token `fingerprint` may be sent at `rate`.

        Must not raise for a problem of the limiter's own backing store after `open`
        succeeded: pacing degrades, requests keep flowing.
        """

    async def open(self) -> None:  # noqa: B027 - optional hook, nothing to do by default
        """A client starts using this limiter in the running event loop.

        Raises ConfigurationError when the limiter cannot work at all (for example, its
        server is unreachable).
        """

    async def close(self) -> None:  # noqa: B027 - optional hook, nothing to do by default
        """A client that called `open` in the running event loop is done with the limiter."""


class InProcessLimiter(Limiter):
    """The default: one aiolimiter bucket per (event loop, token, rate), shared by every
    client in the process. All instances pace through the same buckets; each instance
    keeps the buckets it used alive, so a bucket is never dropped and refilled while a
    limiter that used it is still around."""

    __slots__ = ("_held",)

    def __init__(self) -> None:
        self._held: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, dict[_Key, AsyncLimiter]
        ] = weakref.WeakKeyDictionary()

    async def acquire(self, fingerprint: str, rate: RateLimit) -> None:
        loop = asyncio.get_running_loop()
        held = self._held.get(loop)
        if held is None:
            # Buckets point back at their loop, so finished loops are dropped by hand.
            for finished in [old for old in self._held if old.is_closed()]:
                del self._held[finished]
            held = self._held[loop] = {}
        bucket = held.get((fingerprint, rate))
        if bucket is None:
            bucket = held[fingerprint, rate] = shared_limiter(loop, fingerprint, rate)
        await bucket.acquire()

    def __repr__(self) -> str:
        return "InProcessLimiter()"


class Throttle:
    """What one client's transport paces through: its limiter, bound to its token and rate.

    `rate=None` sends unthrottled and never touches the limiter. The limiter is opened once
    per event loop, at `open` (the client's `async with`) or before the first request,
    whichever comes first, and closed by `close`.
    """

    __slots__ = ("_fingerprint", "_limiter", "_opened_in", "rate")

    def __init__(self, limiter: Limiter | None, fingerprint: str, rate: RateLimit | None) -> None:
        if limiter is not None and not isinstance(limiter, Limiter):
            raise ConfigurationError(
                "limiter= takes a Limiter such as RedisLimiter('redis://...') from "
                f"dixa_async.limits, not {type(limiter).__name__}"
            )
        self._limiter = limiter if limiter is not None else InProcessLimiter()
        self._fingerprint = fingerprint
        self.rate = rate
        self._opened_in: asyncio.AbstractEventLoop | None = None

    async def open(self) -> None:
        loop = asyncio.get_running_loop()
        if self.rate is None or self._opened_in is loop:
            return
        await self._limiter.open()
        self._opened_in = loop

    async def acquire(self) -> None:
        """Wait for the slot of one request (no-op when unthrottled)."""
        rate = self.rate
        if rate is None:
            return
        if self._opened_in is not asyncio.get_running_loop():
            await self.open()
        await self._limiter.acquire(self._fingerprint, rate)

    async def close(self) -> None:
        if self._opened_in is None:
            return
        # A limiter opened in a loop that has since finished cannot be closed from this
        # one; its per-loop state went with that loop.
        if self._opened_in is asyncio.get_running_loop():
            await self._limiter.close()
        self._opened_in = None
