"""`WebhookReceiver`: verify, parse, de-duplicate and dispatch Dixa webhook deliveries.

Usable three ways: as a plain ASGI app (mount it in Starlette/FastAPI or serve it with any ASGI
server), through `handle()` from any other framework, or both.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import math
import re
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar, overload

from dixa_async._core._errors import ConfigurationError, WebhookVerificationError

from dixa_async.models.webhook_event_name import WebhookEventName

from ._events import WebhookEvent, WebhookPayloadError, parse_event
from ._signature import DEFAULT_TOLERANCE, SIGNATURE_HEADER, _verify_with_keys, decode_secret

__all__ = ["ASGIReceive", "ASGIScope", "ASGISend", "WebhookHandler", "WebhookReceiver"]

# Under the SDK's logger, so that `dixa_async` (and DIXA_ASYNC_LOG) covers it too.
logger = logging.getLogger("dixa_async.webhooks")

WebhookHandler = Callable[[WebhookEvent], Awaitable[object]]
"""An async callable taking the parsed event; its return value is ignored."""

# ASGI types written with `object` rather than `Any`; they stay compatible with Starlette's
# and httpx's `Any`-based aliases in both directions.
ASGIScope = Mapping[str, object]
ASGIReceive = Callable[[], Awaitable[Mapping[str, object]]]
ASGISend = Callable[[dict[str, object]], Awaitable[None]]

_E = TypeVar("_E", bound=WebhookEvent)
_H = TypeVar("_H", bound=WebhookHandler)

_FQN = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*")
_JSON = (b"content-type", b"application/json")


class _Route:
    __slots__ = ("event_class", "fqn", "handler")

    def __init__(
        self,
        handler: Callable[[WebhookEvent], Awaitable[object]],
        *,
        fqn: str | None = None,
        event_class: type[WebhookEvent] | None = None,
    ) -> None:
        self.handler = handler
        self.fqn = fqn
        self.event_class = event_class

    def matches(self, event: WebhookEvent) -> bool:
        if self.fqn is not None:
            return event.event_fqn == self.fqn
        if self.event_class is not None:
            return isinstance(event, self.event_class)
        return True


def _check_async(handler: object) -> None:
    if not callable(handler):
        raise TypeError(f"webhook handlers must be async functions, got {handler!r}")
    # Objects with an `async def __call__` count as async handlers too.
    if not (inspect.iscoroutinefunction(handler) or inspect.iscoroutinefunction(handler.__call__)):
        raise TypeError(f"webhook handlers must be async functions, got {handler!r}")


_FQN_BY_SUBSCRIPTION_NAME = {member.value: member.name for member in WebhookEventName}


def _fqn_for(key: str) -> str:
    """Accept an `event_fqn` or a PascalCase subscription name; return the fqn."""
    if isinstance(key, WebhookEventName) and key.name in WebhookEventName.__members__:
        return key.name
    # Looked up among the documented members only: the generated enum also accepts an
    # unknown value (as a pseudo-member), which names no fqn.
    known = _FQN_BY_SUBSCRIPTION_NAME.get(key)
    if known is not None:
        return known
    # Unknown UPPER_SNAKE names are allowed so handlers can be registered for events Dixa
    # adds after this release (they arrive as GenericEvent).
    if _FQN.fullmatch(key):
        return key
    raise ValueError(f"{key!r} is neither an event_fqn (UPPER_SNAKE) nor a subscription event name")


def _get_header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is not None:
        return value
    wanted = name.lower()
    for key, candidate in headers.items():
        if isinstance(key, str) and key.lower() == wanted:
            return candidate
    return None


class WebhookReceiver:
    """Receives Dixa webhook deliveries: verify → parse → de-duplicate → dispatch.

    As an ASGI app (any path; mount it where the subscription URL points) it answers:

    * 405 for anything but POST;
    * 413 for bodies above `max_body_size`;
    * 401 when the signature check fails (nothing is parsed or dispatched);
    * 400 when the verified body is not a Dixa event payload;
    * 500 when a handler raised (logged on the `dixa.webhooks` logger; the event is not
      remembered as handled, so a redelivery runs the handlers again);
    * 200 otherwise, including for events no handler matches and for duplicates.

    Args:
        secret: the subscription's hex `secretKey`, or several (during rotation any one may
            match).
        tolerance: seconds the signature timestamp may differ from the local clock, both ways.
        dedupe: remember handled `event_id`s and skip repeated deliveries (Dixa is reported to
            deliver the same event 2-3 times, sometimes concurrently).
        dedupe_capacity: how many `event_id`s to remember (least recently seen are dropped).
        max_body_size: largest accepted body in bytes.
        clock: returns the current epoch seconds; defaults to `time.time` (inject for tests).

    Raises:
        ConfigurationError: no secret, a secret that is not hex, or a bad numeric setting.
    """

    def __init__(
        self,
        secret: str | Sequence[str],
        *,
        tolerance: float = DEFAULT_TOLERANCE,
        dedupe: bool = True,
        dedupe_capacity: int = 10_000,
        max_body_size: int = 1024 * 1024,
        clock: Callable[[], float] | None = None,
    ) -> None:
        secrets = [secret] if isinstance(secret, str) else list(secret)
        if not secrets:
            raise ConfigurationError("WebhookReceiver needs at least one secret")
        try:
            self._keys = [decode_secret(s) for s in secrets]
        except ValueError as exc:
            raise ConfigurationError(str(exc)) from None
        if math.isnan(tolerance) or tolerance < 0:
            raise ConfigurationError("tolerance must be a number of seconds >= 0")
        if dedupe_capacity < 1:
            raise ConfigurationError("dedupe_capacity must be at least 1")
        if max_body_size < 1:
            raise ConfigurationError("max_body_size must be at least 1 byte")
        self._tolerance = float(tolerance)
        self._dedupe = dedupe
        self._capacity = dedupe_capacity
        self._max_body_size = max_body_size
        self._clock = clock
        self._routes: list[_Route] = []
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._in_flight: dict[str, asyncio.Event] = {}

    # ------------------------------------------------------------------ registration

    @overload
    def on(
        self, key: type[_E]
    ) -> Callable[[Callable[[_E], Awaitable[object]]], Callable[[_E], Awaitable[object]]]: ...

    @overload
    def on(self, key: str) -> Callable[[_H], _H]: ...

    def on(self, key: type[WebhookEvent] | str) -> Callable[[Any], Any]:
        """Register an async handler, as a decorator.

        `key` is an event class (`on(ConversationNoteAddedEvent)`; matched with isinstance, so
        `on(ConversationEvent)` sees every conversation event and `on(GenericEvent)` every
        event this SDK does not know), an `event_fqn` (`on("CONVERSATION_NOTE_ADDED")`), or a
        subscription name (`on("ConversationNoteAdded")`, `on(WebhookEventName.X)`). Use the
        class form to get a precisely typed handler.

        Handlers run one after another in registration order; if one raises, the rest are
        skipped and the delivery fails (HTTP 500 / the exception propagates from `handle`).

        Raises:
            TypeError: the handler is not async, or `key` is a class that is not an event.
            ValueError: `key` is a string that cannot be an event name.
        """
        if isinstance(key, type):
            if not issubclass(key, WebhookEvent):
                raise TypeError(f"{key!r} is not a WebhookEvent class")
            event_class: type[WebhookEvent] | None = key
            fqn = None
        elif isinstance(key, str):
            event_class, fqn = None, _fqn_for(key)
        else:
            raise TypeError("on() takes an event class or an event name")

        def register(handler: _H) -> _H:
            _check_async(handler)
            self._routes.append(_Route(handler, fqn=fqn, event_class=event_class))
            return handler

        return register

    def on_any(self, handler: _H) -> _H:
        """Register an async handler for every event (a catch-all), as a decorator."""
        _check_async(handler)
        self._routes.append(_Route(handler))
        return handler

    # ------------------------------------------------------------------ processing

    def verify(self, body: bytes, headers: Mapping[str, str]) -> None:
        """Check the `X-DIXA-SIGNATURE` header against the configured secret(s).

        Raises:
            WebhookVerificationError: see `verify_signature`.
        """
        header = _get_header(headers, SIGNATURE_HEADER)
        if header is None:
            raise WebhookVerificationError(f"missing {SIGNATURE_HEADER} header")
        now = None if self._clock is None else self._clock()
        _verify_with_keys(body, header, self._keys, tolerance=self._tolerance, now=now)

    async def handle(self, body: bytes, headers: Mapping[str, str]) -> WebhookEvent | None:
        """Process one delivery from any framework: verify the raw body, parse, dispatch.

        `headers` is looked up case-insensitively. Returns the event, or None when it was a
        repeated delivery of an `event_id` already handled (with `dedupe` on); a delivery that
        arrives while the same event is being handled waits for that attempt and is skipped
        if it succeeded.

        Raises:
            WebhookVerificationError: signature missing or invalid (checked before parsing).
            WebhookPayloadError: the verified body is not a Dixa event.
            Exception: whatever a handler raised.
        """
        self.verify(body, headers)
        event = parse_event(body)
        if not self._dedupe:
            await self._dispatch(event)
            return event
        key = event.event_id
        while True:
            if key in self._seen:
                self._seen.move_to_end(key)
                logger.debug("skipping repeated delivery of event %s", key)
                return None
            running = self._in_flight.get(key)
            if running is None:
                break
            # Same event already being handled (concurrent redelivery): wait for its outcome.
            # If it failed, the loop finds the id not seen and this delivery retries it.
            await running.wait()
        done = asyncio.Event()
        self._in_flight[key] = done
        try:
            await self._dispatch(event)
            self._remember(key)
        finally:
            del self._in_flight[key]
            done.set()
        return event

    def _remember(self, key: str) -> None:
        self._seen[key] = None
        self._seen.move_to_end(key)
        while len(self._seen) > self._capacity:
            self._seen.popitem(last=False)

    async def _dispatch(self, event: WebhookEvent) -> None:
        for route in list(self._routes):
            if route.matches(event):
                await route.handler(event)

    # ------------------------------------------------------------------ ASGI

    async def __call__(self, scope: ASGIScope, receive: ASGIReceive, send: ASGISend) -> None:
        """ASGI entry point (HTTP; lifespan is acknowledged; websockets are refused)."""
        kind = scope.get("type")
        if kind == "lifespan":
            await self._lifespan(receive, send)
            return
        if kind == "websocket":
            await receive()  # websocket.connect
            await send({"type": "websocket.close", "code": 1008})
            return
        if kind != "http":
            raise RuntimeError(f"unsupported ASGI scope type {kind!r}")

        if scope.get("method") != "POST":
            await _respond(send, 405, {"error": "method not allowed"}, [(b"allow", b"POST")])
            return
        headers = _decode_headers(scope.get("headers"))
        declared = _get_header(headers.single, "content-length")
        if declared is not None and declared.isdigit() and int(declared) > self._max_body_size:
            await _respond(send, 413, {"error": "body too large"})
            return
        body = await self._read_body(receive)
        if body is None:
            return  # client went away
        if isinstance(body, int):
            await _respond(send, 413, {"error": "body too large"})
            return

        if SIGNATURE_HEADER.lower() in headers.repeated:
            logger.warning("webhook rejected: several %s headers", SIGNATURE_HEADER)
            await _respond(send, 401, {"error": "invalid signature"})
            return
        try:
            event = await self.handle(body, headers.single)
        except WebhookVerificationError as exc:
            # The reason goes to the log, not to the caller.
            logger.warning("webhook rejected: %s", exc)
            await _respond(send, 401, {"error": "invalid signature"})
            return
        except WebhookPayloadError as exc:
            logger.warning("webhook payload rejected: %s", exc)
            await _respond(send, 400, {"error": str(exc)})
            return
        except Exception:
            logger.exception("webhook handler failed")
            await _respond(send, 500, {"error": "handler failed"})
            return
        status = "duplicate" if event is None else "ok"
        await _respond(send, 200, {"status": status})

    async def _read_body(self, receive: ASGIReceive) -> bytes | int | None:
        """The whole body; None on disconnect; the size read so far once over the limit."""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            kind = message.get("type")
            if kind == "http.disconnect":
                return None
            if kind != "http.request":
                continue
            chunk = message.get("body", b"")
            if isinstance(chunk, bytes | bytearray):
                size += len(chunk)
                if size > self._max_body_size:
                    return size
                chunks.append(bytes(chunk))
            if not message.get("more_body", False):
                return b"".join(chunks)

    @staticmethod
    async def _lifespan(receive: ASGIReceive, send: ASGISend) -> None:
        while True:
            message = await receive()
            kind = message.get("type")
            if kind == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif kind == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return


class _Headers:
    __slots__ = ("repeated", "single")

    def __init__(self, single: dict[str, str], repeated: set[str]) -> None:
        self.single = single
        self.repeated = repeated


def _decode_headers(raw: object) -> _Headers:
    """ASGI headers (lower-cased byte pairs) → one str per name, plus names seen twice."""
    single: dict[str, str] = {}
    repeated: set[str] = set()
    if isinstance(raw, Iterable):
        for pair in raw:
            if not (isinstance(pair, tuple | list) and len(pair) == 2):
                continue
            name, value = pair
            if not isinstance(name, bytes) or not isinstance(value, bytes):
                continue
            # HTTP header bytes are ISO-8859-1 by definition; this never fails.
            key = name.decode("latin-1").lower()
            if key in single:
                repeated.add(key)
            single[key] = value.decode("latin-1")
    return _Headers(single, repeated)


async def _respond(
    send: ASGISend,
    status: int,
    payload: Mapping[str, str],
    extra_headers: Sequence[tuple[bytes, bytes]] = (),
) -> None:
    body = json.dumps(payload).encode()
    headers = [_JSON, (b"content-length", str(len(body)).encode()), *extra_headers]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
