"""The fake's Exports API: `GET /v1/conversation_export` and `GET /v1/message_export`.

Served by the same `FakeDixa` app and from the same `Store` as the v1 routes, so whatever a
test creates or changes through v1 shows up in the export. Modelled on Dixa's guide and
reference; what they leave open is decided here and stated:

* auth: `Authorization: Bearer <token>` (Dixa's reference) or HTTP Basic with user `bearer`
  and the token as password (Dixa's older article); a bare token is refused (401);
* bounds: `yyyy-mm-dd` (UTC midnight) or epoch milliseconds; `_after` inclusive, `_before`
  exclusive (`before_inclusive = True` makes `_before` inclusive, to test clients against
  the other reading); every pair needs both sides, at least one pair or `csids` is needed,
  and a pair wider than 31 days is a 400;
* `csids`: comma-separated ids, as many as the URL holds (Dixa documents no limit; the 10 a
  third-party connector chunks by is a v1 endpoint's); `max_csids` sets a limit answered
  with 422, to test clients against a Dixa that has one;
* `message_export`'s `created_*` bounds select messages by their own creation time
  (`messages_by_conversation = True`: by their conversation's, the other reading of Dixa's
  reference); its `updated_*`, `closed_*`, `last_message_created_*` bounds select the
  messages of the conversations they select;
* rate limit: its own per-token bucket, 10 requests per minute with a burst of 2 by default;
* `updated_at`: the latest of creation, state change, last message, close, anonymisation and
  any write the store announces to its listeners (writes that announce nothing, such as a
  rating offer or a link, do not move it).

The body is streamed: items are rendered one at a time and sent in chunks of about
`chunk_size` bytes, so a window of 200,000 conversations never exists as one JSON document.
Seeded conversations' lazily built parts (messages, notes, ratings) are rendered without
being kept, so exporting does not grow the store either.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import datetime as dt
import json
import time
from collections import defaultdict
from collections.abc import AsyncIterator, Callable, Iterable, Iterator

from starlette.datastructures import QueryParams
from starlette.responses import Response, StreamingResponse
from starlette.types import Scope

from ._export_items import conversation_item, message_item, message_ms, ms, peek
from ._faults import DroppedConnection, Faults
from ._limits import TokenBucket, TokenStats
from ._store import Conversation, Store
from ._wire import JSON, error_response

__all__ = ["DEFAULT_EXPORTS_RATE_LIMIT", "EXPORT_ROUTES", "ExportsService"]

CONVERSATION_EXPORT = "/v1/conversation_export"
MESSAGE_EXPORT = "/v1/message_export"
EXPORT_ROUTES = frozenset({CONVERSATION_EXPORT, MESSAGE_EXPORT})
# 10 requests per minute per token (a third party's figure; Dixa documents none), burst 2.
DEFAULT_EXPORTS_RATE_LIMIT: tuple[float, int] = (10 / 60, 2)
MAX_SPAN_MS = 31 * 86_400_000

MESSAGES = {
    400: "Invalid query parameters",
    401: "Invalid or missing credentials",
    405: "Only GET is supported",
    422: "Exceeded max allowed csids per request",
    429: "API limit has been reached",
    500: "Internal error",
}

CONVERSATION_FIELDS = ("created", "updated", "closed", "last_message_created")
MESSAGE_FIELDS = CONVERSATION_FIELDS


class _Invalid(Exception):
    def __init__(self, status: int = 400, detail: str = "") -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def _token(header: str) -> str | None:
    scheme, _, value = header.strip().partition(" ")
    value = value.strip()
    if scheme.lower() == "bearer" and value:
        return value
    if scheme.lower() == "basic" and value:
        try:
            user, _, password = base64.b64decode(value, validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return None
        if user.lower() == "bearer" and password:
            return password
    return None


def _bound(raw: str, name: str) -> int:
    if raw.isdigit():
        return int(raw)
    try:
        day = dt.date.fromisoformat(raw)
    except ValueError as exc:
        raise _Invalid(400, f"{name} must be yyyy-mm-dd or epoch milliseconds") from exc
    if len(raw) != 10:
        raise _Invalid(400, f"{name} must be yyyy-mm-dd or epoch milliseconds")
    return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp() * 1000)


def parse_query(
    query: QueryParams,
    fields: Iterable[str],
    *,
    csids_allowed: bool,
    max_csids: int | None = None,
) -> tuple[dict[str, tuple[int, int]], set[int] | None]:
    """The ranges and csids of an export query, validated the way the fake's Dixa does."""
    ranges: dict[str, tuple[int, int]] = {}
    for name in fields:
        after, before = query.get(f"{name}_after"), query.get(f"{name}_before")
        if after is None and before is None:
            continue
        if after is None or before is None:
            raise _Invalid(400, f"{name}_after and {name}_before go together")
        low, high = _bound(after, f"{name}_after"), _bound(before, f"{name}_before")
        if high < low:
            raise _Invalid(400, f"{name}_before is earlier than {name}_after")
        if high - low > MAX_SPAN_MS:
            raise _Invalid(400, "no query can span more than 31 days")
        ranges[name] = (low, high)
    csids: set[int] | None = None
    raw = query.get("csids") if csids_allowed else None
    if raw is not None:
        parts = [p.strip() for p in raw.split(",") if p.strip()]
        if not parts or not all(p.isdigit() for p in parts):
            raise _Invalid(400, "csids must be comma-separated conversation ids")
        if max_csids is not None and len(parts) > max_csids:
            raise _Invalid(422, f"at most {max_csids}")
        csids = {int(p) for p in parts}
    if not ranges and csids is None:
        raise _Invalid(400, "give at least one _after and one _before parameter, or csids")
    return ranges, csids


class ExportsService:
    """The Exports API half of `FakeDixa` (reached as `fake.exports`).

    `stats` counts per token like `fake.stats` does for v1; `queries` records the query of
    every export request that was answered with 200, in order (what a test asserts the
    windowing against). `rate_limit` is (requests per second, burst) or None;
    `before_inclusive` switches `_before` to inclusive; `chunk_size` is the streaming unit;
    `max_csids` (None: no limit) refuses larger csids batches with 422.
    """

    def __init__(
        self,
        store: Store,
        faults: Faults,
        *,
        api_keys: frozenset[str] | None,
        rate_limit: tuple[float, int] | None = DEFAULT_EXPORTS_RATE_LIMIT,
        monotonic: Callable[[], float] | None = None,
    ) -> None:
        self.store = store
        self.faults = faults
        self.stats: defaultdict[str, TokenStats] = defaultdict(TokenStats)
        self.queries: list[dict[str, str]] = []
        self.before_inclusive = False
        self.chunk_size = 64 * 1024
        self.max_csids: int | None = None
        self.messages_by_conversation = False
        self.rate_limit = rate_limit
        self._keys = api_keys
        self._bucket = (
            TokenBucket(rate_limit[0], rate_limit[1], monotonic or time.monotonic)
            if rate_limit
            else None
        )
        self._written: dict[int, float] = {}
        store.listeners.append(self._on_write)

    def _on_write(self, _event: str, conversation: Conversation, _extra: JSON) -> None:
        self._written[conversation.id] = self.store.now()

    # ---- HTTP ----------------------------------------------------------------------------

    async def handle(self, scope: Scope) -> tuple[Response, DroppedConnection | None]:
        """Answer one request to an export route (auth, rate limit, faults, then the export)."""
        method: str = scope["method"]
        path: str = scope["path"].rstrip("/")
        headers = dict(scope["headers"])
        token = _token(headers.get(b"authorization", b"").decode("latin-1"))
        if token is None or (self._keys is not None and token not in self._keys):
            return _error(401), None
        stats = self.stats[token]
        stats.requests += 1
        if method != "GET":
            return _error(405), None
        if self._bucket is not None and not self._bucket.allow(token):
            stats.rate_limited += 1
            return _error(429), None
        drop_after: DroppedConnection | None = None
        for fault in self.faults.draw(method, path):
            if fault.kind == "latency":
                await asyncio.sleep(fault.delay)
            elif fault.kind == "error":
                stats.server_errors += 1
                return _error(fault.status if fault.status in MESSAGES else 500), None
            elif fault.kind == "rate_limit":
                stats.rate_limited += 1
                return _error(429), None
            elif fault.kind == "drop_before":
                stats.dropped += 1
                return _error(500), DroppedConnection("connection dropped by the fake")
            else:
                stats.dropped += 1
                drop_after = DroppedConnection("export stream cut by the fake")
        query = QueryParams(scope["query_string"])
        try:
            if path == CONVERSATION_EXPORT:
                ranges, csids = parse_query(
                    query, CONVERSATION_FIELDS, csids_allowed=True, max_csids=self.max_csids
                )
                items: Iterator[JSON] = self.conversations(ranges, csids)
            else:
                ranges, _ = parse_query(query, MESSAGE_FIELDS, csids_allowed=False)
                items = self.messages(ranges)
        except _Invalid as exc:
            return _error(exc.status, exc.detail), None
        self.queries.append(dict(query))
        return StreamingResponse(
            self._body(items, cut=drop_after), media_type="application/json"
        ), None

    async def _body(
        self, items: Iterator[JSON], *, cut: DroppedConnection | None
    ) -> AsyncIterator[bytes]:
        buffer = bytearray(b"[")
        first = True
        for item in items:
            if not first:
                buffer += b","
            first = False
            buffer += json.dumps(item, separators=(",", ":"), ensure_ascii=False).encode()
            if len(buffer) >= self.chunk_size:
                yield bytes(buffer)
                buffer.clear()
                if cut is not None:
                    raise cut  # the connection breaks after the first chunk
                await asyncio.sleep(0)  # let other requests (and the client) run
        buffer += b"]"
        if cut is not None:
            yield bytes(buffer[: max(1, len(buffer) // 2)])
            raise cut
        yield bytes(buffer)

    # ---- selection ---------------------------------------------------------------------------

    def _keep(self, value: int | None, span: tuple[int, int]) -> bool:
        if value is None:
            return False
        low, high = span
        return low <= value <= high if self.before_inclusive else low <= value < high

    def updated_ms(self, conv: Conversation) -> int:
        latest = max(
            conv.created,
            conv.state_updated,
            conv.last_message,
            conv.closed or 0.0,
            conv.anonymized or 0.0,
            self._written.get(conv.id, 0.0),
        )
        return ms(latest)

    def _value(self, conv: Conversation, name: str) -> int | None:
        if name == "created":
            return ms(conv.created)
        if name == "updated":
            return self.updated_ms(conv)
        if name == "closed":
            return None if conv.closed is None else ms(conv.closed)
        if not conv.last_message:  # last_message_created
            return None
        return ms(conv.last_message)

    def conversations(
        self, ranges: dict[str, tuple[int, int]], csids: set[int] | None
    ) -> Iterator[JSON]:
        """The export items of the conversations matching every range (and the csids)."""
        store = self.store
        if csids is not None:
            candidates = [c for i in sorted(csids) if (c := store.conversations.get(i))]
        else:
            candidates = list(store.conversations.values())  # a snapshot: writes may follow
        for conv in candidates:
            if all(self._keep(self._value(conv, n), span) for n, span in ranges.items()):
                yield conversation_item(store, conv, self.updated_ms(conv))

    def messages(self, ranges: dict[str, tuple[int, int]]) -> Iterator[JSON]:
        """The export items of the messages the ranges select (internal notes excluded)."""
        store = self.store
        own = None if self.messages_by_conversation else ranges.get("created")
        by_conversation = {n: span for n, span in ranges.items() if own is None or n != "created"}
        for conv in list(store.conversations.values()):
            if own is not None:
                low, high = own
                # A conversation's messages lie between its creation and its last message.
                if ms(conv.created) > high or ms(max(conv.created, conv.last_message)) < low:
                    continue
            if not all(
                self._keep(self._value(conv, n), span) for n, span in by_conversation.items()
            ):
                continue
            for stored in peek(conv, "messages", store.messages_of):
                at = message_ms(stored)
                if own is None or self._keep(at, own):
                    yield message_item(store, conv, stored, at)


def _error(status: int, detail: str = "") -> Response:
    message = MESSAGES.get(status, MESSAGES[500])
    return error_response(status, f"{message}: {detail}" if detail else message)
