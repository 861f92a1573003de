"""The request pipeline: an httpx transport wrapped around the network transport.

Every request the generated code sends goes through `DixaTransport.handle_async_request`:

1. the access guard refuses what this client may not do (read-only, allow-lists), before
   anything is sent;
2. the shared limiter paces the request to the token's rate;
3. the inner transport sends it;
4. the retry policy decides whether to send it again (each retry paces again, and is
   logged and counted).

The final response or error goes back to httpx untouched; mapping it to SDK errors is
`_call`'s job. The exchange is also recorded in a context variable so `_call` can report
the method and path of a failed call without parsing generated code's output.
"""

from __future__ import annotations

import asyncio
import contextvars
import random
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass

import httpx
from aiolimiter import AsyncLimiter

from ._config import RateLimit
from ._errors import OperationNotAllowedError
from ._logging import log_retry
from ._retry import READ_ONLY_POSTS, RetryPolicy
from ._throttle import shared_limiter
from .resources._operations import OPERATIONS, resolve

__all__ = ["AccessPolicy", "ClientStats", "DixaTransport", "Exchange", "current_exchange"]


@dataclass(slots=True)
class ClientStats:
    """Counters of one client, read by bulk jobs and benchmarks.

    `requests`: requests handed to the network (each retry counts); `rate_limited`: 429
    answers seen (retried or not); `retries`: requests sent again.
    """

    requests: int = 0
    rate_limited: int = 0
    retries: int = 0


class Exchange:
    """The last request/response of one `_call.call`, filled in by the transport."""

    __slots__ = ("request", "response")

    def __init__(self) -> None:
        self.request: httpx.Request | None = None
        self.response: httpx.Response | None = None


current_exchange: contextvars.ContextVar[Exchange | None] = contextvars.ContextVar(
    "dixa_exchange", default=None
)


_READS = frozenset({"GET", "HEAD"})
_KNOWN_TAGS = frozenset(op.tag for op in OPERATIONS)
_KNOWN_NAMES = frozenset(op.qualified_name for op in OPERATIONS)


@dataclass(frozen=True, slots=True)
class AccessPolicy:
    """Least privilege for a client: what it may send at all.

    `read_only` allows GET/HEAD and the read-only POSTs (search, analytics queries).
    `operations` (qualified names such as `"conversations.get"`) and `tags` (such as
    `"end_users"`), when given, allow only those operations; a request to a route that
    is not a Dixa v1 operation is then refused as well.
    """

    read_only: bool = False
    operations: frozenset[str] | None = None
    tags: frozenset[str] | None = None

    @classmethod
    def build(
        cls,
        *,
        read_only: bool,
        operations: Iterable[str] | None,
        tags: Iterable[str] | None,
    ) -> AccessPolicy:
        """Validate names early: a typo in an allow-list must not silently block all."""
        ops = None if operations is None else frozenset(operations)
        tag_set = None if tags is None else frozenset(tags)
        if ops is not None and (unknown := ops - _KNOWN_NAMES):
            raise ValueError(f"unknown operations in allowed_operations: {sorted(unknown)}")
        if tag_set is not None and (unknown := tag_set - _KNOWN_TAGS):
            raise ValueError(f"unknown tags in allowed_tags: {sorted(unknown)}")
        return cls(read_only=read_only, operations=ops, tags=tag_set)

    @property
    def restricts(self) -> bool:
        return self.read_only or self.operations is not None or self.tags is not None

    def check(self, method: str, path: str) -> None:
        """Raise OperationNotAllowedError if this client may not send `method path`."""
        if (
            self.read_only
            and method not in _READS
            and not (method == "POST" and path.rstrip("/") in READ_ONLY_POSTS)
        ):
            raise OperationNotAllowedError(f"read-only client refused {method} {path}")
        if self.operations is None and self.tags is None:
            return
        op = resolve(method, path)
        if op is None:
            raise OperationNotAllowedError(f"{method} {path} is not an allowed Dixa operation")
        allowed_by_name = self.operations is not None and op.qualified_name in self.operations
        allowed_by_tag = self.tags is not None and op.tag in self.tags
        if not (allowed_by_name or allowed_by_tag):
            raise OperationNotAllowedError(
                f"{op.qualified_name} ({method} {path}) is not in this client's allow-list"
            )


Sleep = Callable[[float], Awaitable[None]]


async def _sleep(delay: float) -> None:
    # Looked up at call time, so tests can swap it for an instant, recording one.
    await asyncio.sleep(delay)


class DixaTransport(httpx.AsyncBaseTransport):
    """Guard, throttle and retry around `inner`; see the module docstring.

    `fingerprint` identifies the token for limiter sharing; `rate_limit=None` sends
    unthrottled. `sleep` waits between retries (default: `asyncio.sleep`).
    """

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        fingerprint: str,
        rate_limit: RateLimit | None,
        policy: RetryPolicy,
        access: AccessPolicy,
        stats: ClientStats,
        sleep: Sleep | None = None,
    ) -> None:
        self._inner = inner
        self._fingerprint = fingerprint
        self._rate_limit = rate_limit
        self._policy = policy
        self._access = access if access.restricts else None
        self._stats = stats
        self._sleep = sleep
        self._loop: asyncio.AbstractEventLoop | None = None
        self._limiter: AsyncLimiter | None = None

    def _current_limiter(self, rate: RateLimit) -> AsyncLimiter:
        loop = asyncio.get_running_loop()
        if loop is not self._loop or self._limiter is None:
            self._limiter = shared_limiter(loop, self._fingerprint, rate)
            self._loop = loop
        return self._limiter

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        method = request.method
        path = request.url.path
        if self._access is not None:
            self._access.check(method, path)
        exchange = current_exchange.get()
        if exchange is not None:
            exchange.request = request
        stats, policy, rate = self._stats, self._policy, self._rate_limit
        attempt = 0
        while True:
            if rate is not None:
                await self._current_limiter(rate).acquire()
            stats.requests += 1
            try:
                response = await self._inner.handle_async_request(request)
            except httpx.TransportError as exc:
                delay = policy.delay_after_error(method, path, exc, attempt, random.random())
                if delay is None:
                    raise
                reason = type(exc).__name__
            else:
                status = response.status_code
                if status < 429 or 429 < status < 500:
                    if exchange is not None:
                        exchange.response = response
                    return response
                if status == 429:
                    stats.rate_limited += 1
                delay = policy.delay_after_status(
                    method, path, status, response.headers.get("retry-after"), attempt,
                    random.random(),
                )  # fmt: skip
                if delay is None:
                    if exchange is not None:
                        exchange.response = response
                    return response
                await response.aclose()  # give the connection back before waiting
                reason = f"status {status}"
            attempt += 1
            stats.retries += 1
            log_retry(method, path, attempt, delay, reason)
            await (self._sleep or _sleep)(delay)

    async def aclose(self) -> None:
        await self._inner.aclose()
