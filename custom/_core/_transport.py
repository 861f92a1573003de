"""The request pipeline: an httpx transport wrapped around the network transport.

Every request the generated code sends goes through `DixaTransport.handle_async_request`:

1. the access guard refuses what this client may not do (read-only, allow-lists), before
   anything is sent;
2. the shared limiter paces the request to the token's rate;
3. a job's send hook (`_sending`) records that the request may now reach Dixa;
4. the inner transport sends it;
5. the retry policy (the client's, or the one a `with_options` view put in the request's
   `dixa_retry` extension) decides whether to send it again (each retry paces again, and
   is logged and counted).

Before any of that, a request built by a generated function (it names its route in the
`dixa_route` extension) must still fill that route: an id that added, dropped or climbed
path segments is refused (`InvalidRequestError`). After `aclose`, requests still waiting
for the limiter fail with `ClientClosedError` instead of going out.

The final response or error goes back to httpx untouched; mapping it to SDK errors is
`_call`'s job.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass

import httpx

from dixa_async.exports.operations import OPERATIONS as EXPORT_OPERATIONS
from dixa_async.exports.operations import Operation as ExportOperation
from dixa_async.exports.operations import resolve as resolve_export
from dixa_async.operations import OPERATIONS, Operation, resolve, route_matches

from ._config import RateLimit
from ._errors import ClientClosedError, InvalidRequestError, OperationNotAllowedError
from ._logging import log_attempt, log_response, log_retry
from ._options import RETRY_EXTENSION
from ._retry import RetryPolicy
from ._sending import before_send
from ._throttle import Limiter, Throttle

__all__ = ["AccessPolicy", "ClientStats", "DixaTransport"]


@dataclass(slots=True)
class ClientStats:
    """Counters of one client, read by bulk jobs and benchmarks.

    `requests`: requests handed to the network (each retry counts); `rate_limited`: 429
    answers seen (retried or not); `retries`: requests sent again.
    """

    requests: int = 0
    rate_limited: int = 0
    retries: int = 0


_READS = frozenset({"GET", "HEAD"})

# The Exports API (`dixa.exports`, on its own host) has its own generated operation table.
AnyOperation = Operation | ExportOperation


def _resolve(method: str, path: str) -> AnyOperation | None:
    return resolve_export(method, path) or resolve(method, path)


_ALL_OPERATIONS: tuple[AnyOperation, ...] = (*OPERATIONS, *EXPORT_OPERATIONS)
_KNOWN_TAGS = frozenset(op.tag for op in _ALL_OPERATIONS)
_KNOWN_NAMES = frozenset(op.qualified_name for op in _ALL_OPERATIONS)


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
        if self.read_only and method not in _READS:
            op = _resolve(method, path)
            if op is None or not op.read_only:
                raise OperationNotAllowedError(f"read-only client refused {method} {path}")
        if self.operations is None and self.tags is None:
            return
        op = _resolve(method, path)
        if op is None:
            raise OperationNotAllowedError(f"{method} {path} is not an allowed Dixa operation")
        allowed_by_name = self.operations is not None and op.qualified_name in self.operations
        allowed_by_tag = self.tags is not None and op.tag in self.tags
        if not (allowed_by_name or allowed_by_tag):
            raise OperationNotAllowedError(
                f"{op.qualified_name} ({method} {path}) is not in this client's allow-list"
            )


def _cancelling() -> bool:
    """True when the current task itself is being cancelled (not just a future it awaited)."""
    task = asyncio.current_task()
    return task is not None and task.cancelling() > 0


def _raw_path(request: httpx.Request) -> str:
    # Still percent-encoded: an id's encoded `/` must not count as a separator.
    return request.url.raw_path.split(b"?", 1)[0].decode("ascii", "replace")


Sleep = Callable[[float], Awaitable[None]]


async def _sleep(delay: float) -> None:
    # Looked up at call time, so tests can swap it for an instant, recording one.
    await asyncio.sleep(delay)


class DixaTransport(httpx.AsyncBaseTransport):
    """Guard, throttle and retry around `inner`; see the module docstring.

    `fingerprint` identifies the token for limiter sharing; `rate_limit=None` sends
    unthrottled; `limiter` paces (default: the in-process `InProcessLimiter`) and is opened
    on `async with` or the first request, closed by `aclose`. `sleep` waits between
    retries (default: `asyncio.sleep`).
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
        limiter: Limiter | None = None,
    ) -> None:
        self._inner = inner
        self._fingerprint = fingerprint
        self._rate_limit = rate_limit
        self._policy = policy
        self._access = access if access.restricts else None
        self._stats = stats
        self._sleep = sleep
        self._throttle = Throttle(limiter, fingerprint, rate_limit)
        self._closed = False
        # Requests waiting for the limiter, woken with ClientClosedError by `aclose`.
        self._waiting: set[asyncio.Future[None]] = set()

    async def __aenter__(self) -> DixaTransport:
        await self._throttle.open()  # a shared limiter that cannot work fails here
        return self

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        method = request.method
        path = request.url.path
        route = request.extensions.get("dixa_route")
        if isinstance(route, str) and not route_matches(route, _raw_path(request)):
            raise InvalidRequestError(
                f"{method} {path} does not fill the route {route} it was built for; not sent"
            )
        if self._access is not None:
            self._access.check(method, path)
        if self._closed:
            raise ClientClosedError("this DixaClient is closed; the request was not sent")
        stats, rate = self._stats, self._rate_limit
        # A `with_options(max_retries=/retry=)` view sends its own policy with the request.
        chosen = request.extensions.get(RETRY_EXTENSION)
        policy = chosen if isinstance(chosen, RetryPolicy) else self._policy
        attempt = 0
        started = time.monotonic()
        while True:
            if rate is not None:
                await self._paced()
            # The last moment before the request can leave: a job records it as started.
            await before_send(method)
            stats.requests += 1
            log_attempt(method, path, attempt, request.headers.multi_items())
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
                    log_response(method, path, status, attempt + 1, time.monotonic() - started)
                    return response
                if status == 429:
                    stats.rate_limited += 1
                delay = policy.delay_after_status(
                    method, path, status, response.headers.get("retry-after"), attempt,
                    random.random(),
                )  # fmt: skip
                if delay is None:
                    log_response(method, path, status, attempt + 1, time.monotonic() - started)
                    return response
                await response.aclose()  # give the connection back before waiting
                reason = f"status {status}"
            attempt += 1
            stats.retries += 1
            log_retry(method, path, attempt, delay, reason)
            await (self._sleep or _sleep)(delay)

    async def _paced(self) -> None:
        """Wait for the limiter; raise ClientClosedError if the client closes meanwhile."""
        if self._closed:
            raise ClientClosedError("this DixaClient is closed; the request was not sent")
        slot = asyncio.ensure_future(self._throttle.acquire())
        self._waiting.add(slot)
        try:
            await slot
        except asyncio.CancelledError:
            if self._closed and not _cancelling():
                raise ClientClosedError(
                    "the DixaClient was closed while this request waited for the rate "
                    "limiter; it was not sent"
                ) from None
            raise
        finally:
            self._waiting.discard(slot)
            slot.cancel()  # when our caller was cancelled, give the slot up too

    async def aclose(self) -> None:
        self._closed = True
        for slot in list(self._waiting):
            slot.cancel()
        await self._throttle.close()
        await self._inner.aclose()
