"""One leaky-bucket limiter per (event loop, API token, rate): Dixa meters the token, not
the client object, so every client holding the same token in a loop paces through the
same bucket.

aiolimiter buckets are bound to the loop that first uses them (aiolimiter #292), hence the
loop in the key. The registry holds loops and limiters weakly: a bucket lives as long as a
client uses it, and a finished test loop is not kept alive by it. The token itself is
never stored, only its SHA-256.
"""

from __future__ import annotations

import asyncio
import hashlib
import weakref

from aiolimiter import AsyncLimiter

from ._config import RateLimit

__all__ = ["shared_limiter", "token_fingerprint"]


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
