"""`dixa.exports`: the Exports API namespace of `DixaClient`, and how it is wired.

The Exports API lives on its own host and is metered on its own, so it gets its own generated
`AuthenticatedClient` (from `dixa_async.exports`, `Authorization: Bearer <token>`) over its
own `DixaTransport`: the same access policy, retry policy and limiter kind as the v1 client,
its own rate (`exports_rate_limit`) and its own counters (`dixa.exports.stats`). With
`transport=` given to `DixaClient`, both pipelines send through that transport.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable
from typing import Any, TypeVar

from dixa_async.exports.api.exports import conversation_export, message_export
from dixa_async.exports.client import AuthenticatedClient
from dixa_async.exports.models import ExportedConversation, ExportedMessage

from .._errors import ClientClosedError
from .._transport import ClientStats
from ._config import MAX_WINDOW_DAYS
from ._plan import CONVERSATION_FILTERS, MESSAGE_FILTERS, Request, accepts, plan
from ._stream import stream_items
from ._windows import Moment

__all__ = ["Exports"]

T = TypeVar("T")


class _ExportsRawClient(AuthenticatedClient):
    """The generated Exports client, minus the token in its repr (attrs would print it)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"ExportsAuthenticatedClient(base_url={self._base_url!r}, token=<redacted>)"


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

    def __init__(self, raw: AuthenticatedClient, stats: ClientStats, base_url: str) -> None:
        self.raw = raw
        self.stats = stats
        self.base_url = base_url
        self._closed = False

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
        in 31 days and are sent with every window. `csids` go in batches of 10. Items come
        window by window, in Dixa's order within a window.
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
        return self._run(
            requests,
            conversation_export._get_kwargs,
            ExportedConversation.from_dict,
            "ExportedConversation",
        )

    def messages(
        self,
        *,
        created_after: Moment,
        created_before: Moment | None = None,
    ) -> AsyncIterator[ExportedMessage]:
        """Every message created in `[created_after, created_before)` (default: until now),
        each once, window by window. Internal notes are not messages here: they come with
        the conversation export (`conversation_wrapup_notes`) or the v1 notes API.
        """
        requests = plan(
            MESSAGE_FILTERS,
            {"created": (created_after, created_before)},
            max_days=MAX_WINDOW_DAYS,
        )
        return self._run(
            requests, message_export._get_kwargs, ExportedMessage.from_dict, "ExportedMessage"
        )

    async def _run(
        self,
        requests: list[Request],
        build: Callable[..., dict[str, Any]],
        parse: Callable[[Any], T],
        model: str,
    ) -> AsyncIterator[T]:
        for request in requests:
            if self._closed:
                raise ClientClosedError(
                    "this DixaClient is closed; create a new one (or export inside `async with`)"
                )
            kwargs = build(**request.params)
            client = self.raw.get_async_httpx_client()
            async for item in stream_items(client, kwargs, parse, model):
                if accepts(request.guards, item):
                    yield item

    async def aclose(self) -> None:
        self._closed = True
        await self.raw.get_async_httpx_client().aclose()
