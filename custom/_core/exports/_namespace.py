"""`dixa.exports`: the Exports API namespace of `DixaClient`, and how it is wired.

The Exports API lives on its own host and is metered on its own, so it gets its own generated
`AuthenticatedClient` (from `dixa_async.exports`, `Authorization: Bearer <token>`) over its
own `DixaTransport`: the same access policy, retry policy and limiter kind as the v1 client,
its own rate (`exports_rate_limit`) and its own counters (`dixa.exports.stats`). With
`transport=` given to `DixaClient`, both pipelines send through that transport.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable
from typing import Any, TypeVar, cast

import httpx

from dixa_async.exports.api.exports import conversation_export, message_export
from dixa_async.exports.client import AuthenticatedClient
from dixa_async.exports.models import ExportedConversation, ExportedMessage
from dixa_async.exports.types import UNSET, Unset

from .._call import Caller
from .._errors import APIStatusError, ClientClosedError
from .._options import CallOptions
from ._config import MAX_WINDOW_DAYS
from ._lenient import read_item
from ._once import Delivery
from ._plan import CONVERSATION_FILTERS, MESSAGE_FILTERS, Request, accepts, plan, stamp_ms
from ._stats import ExportStats
from ._stream import stream_raw
from ._windows import Moment, Window

__all__ = ["Exports"]

T = TypeVar("T")

# Statuses that mean "this csids batch is too large" (422 as a third party reports it, 414
# for a URL the server refuses): the batch is sent again in halves.
_TOO_MANY_CSIDS = frozenset({414, 422})


class Exports:
    """Dixa's Exports API: whole periods of conversations or messages, streamed.

    ```python
    async for conversation in dixa.exports.conversations(created_after=date(2023, 1, 1)):
        print(conversation.id, conversation.created_at, conversation.queue_name)
    ```

    Each method takes half-open ranges (`_after` inclusive, `_before` exclusive) as dates
    (UTC midnight) or timezone-aware datetimes, of any length: the SDK sends one request per
    window of at most 31 days (see `dixa_async._core.exports.windows`), always with epoch-
    millisecond bounds, and yields each item once, window after window. The response body is
    parsed as it arrives, so memory does not grow with the size of a window.

    Arguments are checked when the method is called (ValueError/TypeError), before anything
    is sent. Errors while iterating are the SDK's typed errors: `APIStatusError` subclasses,
    `APIConnectionError`/`APITimeoutError`, `ResponseValidationError` for a malformed item or
    a body cut short. 429 is retried with backoff like every request; a stream is never
    retried halfway, so items already yielded stay yielded.
    """

    def __init__(
        self,
        raw: AuthenticatedClient,
        stats: ExportStats,
        base_url: str,
        *,
        deadline: float | None = None,
        _root: Exports | None = None,
    ) -> None:
        self.raw = raw
        self.stats = stats
        self.base_url = base_url
        self._caller = Caller(cast(Any, raw), httpx.URL(base_url), CallOptions(deadline=deadline))
        self._root = _root
        self._closed = False

    @property
    def deadline(self) -> float | None:
        """Seconds each export request may take in all (None: no overall bound)."""
        return self._caller.options.deadline

    def with_deadline(self, deadline: float | None) -> Exports:
        """A view sending through the same client, each request bounded by `deadline`."""
        root = self._root or self
        return Exports(self.raw, self.stats, self.base_url, deadline=deadline, _root=root)

    @property
    def closed(self) -> bool:
        return (self._root or self)._closed

    def __repr__(self) -> str:
        return f"Exports(base_url={self.base_url!r})"

    def conversations(
        self,
        *,
        created_after: Moment | None = None,
        created_before: Moment | None = None,
        updated_after: Moment | None = None,
        updated_before: Moment | None = None,
        closed_after: Moment | None = None,
        closed_before: Moment | None = None,
        last_message_created_after: Moment | None = None,
        last_message_created_before: Moment | None = None,
        csids: Iterable[int] | None = None,
    ) -> AsyncIterator[ExportedConversation]:
        """Every conversation matching all the given filters, each once.

        Give at least one range (an `_after`; its `_before` defaults to now) or `csids`. One
        range may be longer than 31 days and is split into windows; the others must each fit
        in 31 days and are sent with every window. `csids` go in batches as large as the URL
        allows (`CSIDS_QUERY_CHARS`); a batch Dixa refuses with 422 or 414 is sent again in
        halves. Items come window by window, in Dixa's order within a window; an item whose
        own timestamp lies outside its window is yielded too (counted in
        `stats.outside_window`), and one Dixa sends twice is yielded once.
        """
        requests = plan(
            CONVERSATION_FILTERS,
            {
                "created": (created_after, created_before),
                "updated": (updated_after, updated_before),
                "closed": (closed_after, closed_before),
                "last_message_created": (last_message_created_after, last_message_created_before),
            },
            csids,
            max_days=MAX_WINDOW_DAYS,
        )
        return self._models(
            requests,
            conversation_export._get_kwargs,
            ExportedConversation.from_dict,
            "ExportedConversation",
            ("created_at",),
        )

    def messages(
        self,
        *,
        created_after: Moment | None = None,
        created_before: Moment | None = None,
        updated_after: Moment | None = None,
        updated_before: Moment | None = None,
        closed_after: Moment | None = None,
        closed_before: Moment | None = None,
        last_message_created_after: Moment | None = None,
        last_message_created_before: Moment | None = None,
    ) -> AsyncIterator[ExportedMessage]:
        """The messages the filters select, each once, window by window.

        Dixa's reference lists the conversation filters for `message_export` too and
        describes each as a filter on conversations ("Filter for conversations created after
        this date"): `created_*` may select messages by their own creation time or by their
        conversation's. Either way nothing is dropped: a message whose `created_at` lies
        outside its window is yielded too (counted in `stats.outside_window`). Give at least
        one range; the rules are those of `conversations`. Internal notes are not messages
        here: they come with the conversation export (`conversation_wrapup_notes`) or the v1
        notes API.
        """
        requests = plan(
            MESSAGE_FILTERS,
            {
                "created": (created_after, created_before),
                "updated": (updated_after, updated_before),
                "closed": (closed_after, closed_before),
                "last_message_created": (last_message_created_after, last_message_created_before),
            },
            max_days=MAX_WINDOW_DAYS,
        )
        return self._models(
            requests,
            message_export._get_kwargs,
            ExportedMessage.from_dict,
            "ExportedMessage",
            ("csid", "created_at"),
        )

    async def _models(
        self,
        requests: list[Request],
        build: Callable[..., dict[str, Any]],
        parse: Callable[[Any], T],
        model: str,
        expected: tuple[str, ...],
    ) -> AsyncIterator[T]:
        """Items of `requests` as models; one lacking an `expected` field (null or
        unreadable: Dixa always sends them) counts as read leniently."""
        delivery = Delivery(max((r.split.before_ms for r in requests if r.split), default=0))
        stats = self.stats
        for request in requests:
            index = 0
            where = f"GET {build(**request.params)['url']}"
            async for raw in self.stream(request, build, model):
                item, lenient = read_item(parse, raw, where, index, model)
                index += 1
                if lenient or any(isinstance(getattr(item, f, UNSET), Unset) for f in expected):
                    stats.lenient += 1
                if self.admit(delivery, request, getattr(item, "id", None), item):
                    yield item
            delivery.commit()

    def admit(self, delivery: Delivery, request: Request, key: Any, item: object) -> bool:
        """Whether `item` (key `key`) of `request` is delivered now, counted in `stats`
        (see `_once.Delivery`)."""
        split = request.split
        outside, repeated = delivery.outside, delivery.repeated
        if key is None:
            ok = True
        elif split is None:
            ok = delivery.admit(key, None, 0, 0)
        else:
            ok = delivery.admit(key, stamp_ms(item, split.field), split.after_ms, split.before_ms)
        if (
            ok
            and delivery.outside == outside
            and len(request.guards) > (split is not None)
            and not accepts(request.guards, item)
        ):
            delivery.outside += 1  # outside a range that is not split into windows
        self.stats.outside_window += delivery.outside - outside
        self.stats.repeated += delivery.repeated - repeated
        return ok

    async def stream(
        self, request: Request, build: Callable[..., dict[str, Any]], what: str
    ) -> AsyncIterator[Any]:
        """The decoded items of `request`, as Dixa sends them; a csids batch refused with
        422/414 before any item came is sent again in halves."""
        pending = [request]
        while pending:
            current = pending.pop(0)
            if self.closed:
                raise ClientClosedError(
                    "this DixaClient is closed; create a new one (or export inside `async with`)"
                )
            started = False
            try:
                async for raw in stream_raw(self._caller, build(**current.params), what):
                    started = True
                    yield raw
            except APIStatusError as exc:
                halves = current.halves() if exc.status_code in _TOO_MANY_CSIDS else None
                if started or halves is None:
                    raise
                pending[:0] = halves
                continue

    def window_request(
        self, kind: str, by: str, window: Window
    ) -> tuple[Request, Callable[..., dict[str, Any]]]:
        """The one request of `kind` ("conversations" or "messages") filtered by the range
        `by` ("created", "updated", ...) over `window`, and its request builder (for jobs
        that run window by window: `stream` then yields its items)."""
        filters = CONVERSATION_FILTERS if kind == "conversations" else MESSAGE_FILTERS
        build = (
            conversation_export._get_kwargs
            if kind == "conversations"
            else message_export._get_kwargs
        )
        (request,) = plan(filters, {by: (window.after, window.before)}, max_days=MAX_WINDOW_DAYS)
        return request, build

    async def aclose(self) -> None:
        root = self._root or self
        root._closed = True
        await self.raw.get_async_httpx_client().aclose()
