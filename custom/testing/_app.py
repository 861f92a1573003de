"""`FakeDixa`: the ASGI application tying routes, auth, rate limit, faults and webhooks together."""

from __future__ import annotations

import asyncio
import re
from collections import defaultdict
from collections.abc import Callable, Iterable

import httpx
from starlette.datastructures import QueryParams
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from dixa_async.operations import by_route

from ._call import Call
from ._exports import DEFAULT_EXPORTS_RATE_LIMIT, EXPORT_ROUTES, ExportsService
from ._faults import DroppedConnection, Fault, Faults
from ._limits import TokenBucket, TokenStats
from ._routes import ROUTES, Handler
from ._seed import seeded_store
from ._store import LoggedRequest, default_clock
from ._webhooks import Emitter
from ._wire import MESSAGES, HTTPError, error_response

_WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def _changes_data(method: str, template: str) -> bool:
    """Whether a request belongs in the operation log: the operation table says which
    operations only read (search and analytics POSTs do); a route outside it (none today)
    counts as a write when its method is one."""
    op = by_route(method, template)
    return not op.read_only if op is not None else method in _WRITES


def _compile(
    routes: Iterable[tuple[str, str, Handler]],
) -> dict[str, list[tuple[re.Pattern[str], str, Handler]]]:
    table: dict[str, list[tuple[re.Pattern[str], str, Handler]]] = defaultdict(list)
    # Literal segments must win over parameters (`/v1/agents/presence` vs `/v1/agents/{agentId}`).
    ordered = sorted(routes, key=lambda r: (r[1].count("{"), -len(r[1])))
    for method, template, handler in ordered:
        pattern = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template)
        table[method].append((re.compile(pattern + "/?$"), template, handler))
    return table


_TABLE = _compile(ROUTES)


class FakeDixa:
    """A stateful, in-memory Dixa API v1 as an ASGI application.

    Mount it with `httpx.ASGITransport(app=fake)` or serve it with uvicorn. Requests need a raw
    token in `Authorization` (any non-empty one unless `api_keys` is given); each token is rate
    limited like Dixa does (`rate_limit=(10, 4)`: 10 requests/s, bursts of 4; None turns it off).
    `seed` makes the organisation, page keys and fault draws reproducible; `conversations`,
    `end_users` and `agents` size the seeded organisation. Webhook deliveries go through
    `webhook_transport` when given (e.g. an `httpx.ASGITransport` to an in-process receiver).
    The Exports API routes (`fake.exports`, see `_exports`) take `Authorization: Bearer
    <token>` and have their own limit, `exports_rate_limit` (default 10 per minute, burst 2).
    """

    def __init__(
        self,
        *,
        seed: int = 0,
        conversations: int = 2000,
        end_users: int | None = None,
        agents: int = 25,
        api_keys: Iterable[str] | None = None,
        rate_limit: tuple[float, int] | None = (10.0, 4),
        exports_rate_limit: tuple[float, int] | None = DEFAULT_EXPORTS_RATE_LIMIT,
        webhook_transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], float] = default_clock,
        monotonic: Callable[[], float] | None = None,
    ) -> None:
        self.store = seeded_store(
            seed=seed, conversations=conversations, end_users=end_users, agents=agents, clock=clock
        )
        self.faults = Faults(seed)
        self.stats: defaultdict[str, TokenStats] = defaultdict(TokenStats)
        self._keys = frozenset(api_keys) if api_keys is not None else None
        import time

        self.rate_limit = rate_limit
        self._bucket = (
            TokenBucket(rate_limit[0], rate_limit[1], monotonic or time.monotonic)
            if rate_limit
            else None
        )
        self._emitter = Emitter(self.store, webhook_transport)
        # The Exports API routes: same store and faults, its own auth, bucket and stats.
        self.exports = ExportsService(
            self.store,
            self.faults,
            api_keys=self._keys,
            rate_limit=exports_rate_limit,
            monotonic=monotonic,
        )
        self._storm_left = 0

    def __repr__(self) -> str:
        return f"FakeDixa(seed={self.store.seed}, conversations={len(self.store.conversations)})"

    # ---- observation ---------------------------------------------------------------------

    @property
    def operations(self) -> list[LoggedRequest]:
        """Every state-changing request that was processed, in order (including those whose
        response was then dropped by an injected fault)."""
        return self.store.operations

    async def webhooks_flushed(self) -> None:
        """Wait until every webhook delivery started so far has finished."""
        await self._emitter.flushed()

    # ---- fault injection -----------------------------------------------------------------

    def inject_errors(
        self,
        rate: float = 1.0,
        *,
        status: int = 500,
        route: str | None = None,
        limit: int | None = None,
    ) -> Fault:
        """Answer a share of matching requests with `status` (5xx) before processing them."""
        return self.faults.add(Fault("error", rate=rate, route=route, status=status, limit=limit))

    def rate_limit_storm(self, requests: int) -> None:
        """Answer the next `requests` requests (any token, any route) with 429."""
        self._storm_left = requests

    def throttle(
        self, rate: float = 1.0, *, route: str | None = None, limit: int | None = None
    ) -> Fault:
        """Answer a share of matching requests with 429, as if the bucket were empty."""
        return self.faults.add(Fault("rate_limit", rate=rate, route=route, status=429, limit=limit))

    def drop_connections(
        self,
        rate: float = 1.0,
        *,
        after_processing: bool = False,
        route: str | None = None,
        limit: int | None = None,
    ) -> Fault:
        """Cut the connection of a share of matching requests.

        With `after_processing=True` the request is carried out (the write happens) and only the
        response is lost, which is what makes blind retries of non-idempotent calls dangerous.
        """
        fault = Fault(
            "drop_after" if after_processing else "drop_before", rate=rate, route=route, limit=limit
        )
        return self.faults.add(fault)

    def add_latency(
        self,
        seconds: float,
        rate: float = 1.0,
        *,
        route: str | None = None,
        limit: int | None = None,
    ) -> Fault:
        """Delay a share of matching requests by `seconds` before they are handled."""
        return self.faults.add(Fault("latency", rate=rate, route=route, delay=seconds, limit=limit))

    def clear_faults(self) -> None:
        self.faults.clear()
        self._storm_left = 0

    # ---- ASGI ----------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        response, after = await self._handle(scope, receive)
        if after is not None:
            # Start a response and abort it: uvicorn then closes the socket mid-response, and
            # `httpx.ASGITransport` re-raises the exception, a transport error, to the client.
            await send(
                {
                    "type": "http.response.start",
                    "status": response.status_code,
                    "headers": [(b"content-length", b"1000")],
                }
            )
            raise after
        await response(scope, receive, send)

    async def _handle(
        self, scope: Scope, receive: Receive
    ) -> tuple[Response, DroppedConnection | None]:
        if scope["path"].rstrip("/") in EXPORT_ROUTES:
            return await self.exports.handle(scope)
        method: str = scope["method"]
        path: str = scope["path"]
        headers = dict(scope["headers"])
        token = headers.get(b"authorization", b"").decode("latin-1").strip()
        if not token or (self._keys is not None and token not in self._keys):
            return error_response(401, MESSAGES[401]), None
        stats = self.stats[token]
        stats.requests += 1
        if self._storm_left > 0:
            self._storm_left -= 1
            stats.rate_limited += 1
            return error_response(429, MESSAGES[429]), None
        if self._bucket is not None and not self._bucket.allow(token):
            stats.rate_limited += 1
            return error_response(429, MESSAGES[429]), None
        found = _match(method, path)
        if found is None:
            return error_response(404, MESSAGES[404]), None
        template, handler, params = found
        drop_after: DroppedConnection | None = None
        for fault in self.faults.draw(method, template):
            if fault.kind == "latency":
                await asyncio.sleep(fault.delay)
            elif fault.kind == "error":
                stats.server_errors += 1
                return error_response(fault.status, MESSAGES.get(fault.status, MESSAGES[500])), None
            elif fault.kind == "rate_limit":
                stats.rate_limited += 1
                return error_response(429, MESSAGES[429]), None
            elif fault.kind == "drop_before":
                stats.dropped += 1
                return error_response(500, MESSAGES[500]), DroppedConnection(
                    "connection dropped by the fake before processing"
                )
            else:
                drop_after = DroppedConnection("connection dropped by the fake after processing")
        body = await _read_body(receive)
        call = Call(
            self.store,
            method,
            path,
            template,
            params,
            QueryParams(scope["query_string"]),
            body,
            token,
            headers.get(b"content-type", b"").decode("latin-1"),
        )
        try:
            response = await handler(call)
        except HTTPError as exc:
            response = error_response(exc.status, exc.message)
        if response.status_code < 400 and _changes_data(method, template):
            self.store.operations.append(
                LoggedRequest(method, template, path, response.status_code, token)
            )
        if drop_after is not None:
            stats.dropped += 1
        return response, drop_after


def _match(method: str, path: str) -> tuple[str, Handler, dict[str, str]] | None:
    for pattern, template, handler in _TABLE.get(method, ()):
        hit = pattern.match(path)
        if hit is not None:
            return template, handler, hit.groupdict()
    return None


async def _read_body(receive: Receive) -> bytes:
    chunks = []
    more = True
    while more:
        message = await receive()
        chunks.append(message.get("body", b""))
        more = message.get("more_body", False)
    return b"".join(chunks)


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
