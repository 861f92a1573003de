"""Search hits over long date ranges (`windowed_hits`) and the conversations behind them
(`hydrate`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterable, AsyncIterator, Iterable

from dixa_async._core._client import DixaClient
from dixa_async._core._filters import SearchQuery

from dixa_async.models import (
    AnonymizedConversation,
    ChatConversation,
    ContactFormConversation,
    ConversationSearchWithFiltersHit,
    EmailConversation,
    FacebookMessengerConversation,
    GenericConversation,
    MessengerConversation,
    PstnPhoneConversation,
    SmsConversation,
    TwitterConversation,
    WhatsAppConversation,
)

from ._hydrate import hydrate_with
from ._windows import DEFAULT_WINDOW, deduplicated, split_by_creation

__all__ = ["ConversationData", "hydrate", "windowed_hits"]

# The conversation union (`ChatConversation | EmailConversation | ...`) hydration yields.
ConversationData = (
    AnonymizedConversation
    | ChatConversation
    | ContactFormConversation
    | EmailConversation
    | FacebookMessengerConversation
    | GenericConversation
    | MessengerConversation
    | PstnPhoneConversation
    | SmsConversation
    | TwitterConversation
    | WhatsAppConversation
)


def _hits_of(
    client: DixaClient, search: SearchQuery, page_size: int | None
) -> AsyncIterable[ConversationSearchWithFiltersHit]:
    return client.search.conversations(search, page_size=page_size)


async def windowed_hits(
    client: DixaClient,
    search: SearchQuery,
    *,
    window: dt.timedelta = DEFAULT_WINDOW,
    page_size: int | None = None,
) -> AsyncIterator[ConversationSearchWithFiltersHit]:
    """Every hit of `search`, split into creation-date windows of at most `window`.

    `search` needs one `F.created.between(...)` condition (see `split_by_creation`); a range
    wider than `window` runs as one paged search per window, oldest first, and a
    conversation on a shared window boundary is yielded once. Searches are reads: the client
    retries them like GETs and paces them with its limiter.
    """
    windows = split_by_creation(search, window=window)
    async for hit in deduplicated(windows, lambda s: _hits_of(client, s, page_size)):
        yield hit  # type: ignore[misc]


async def hydrate(
    client: DixaClient,
    hits: AsyncIterable[ConversationSearchWithFiltersHit | int]
    | Iterable[ConversationSearchWithFiltersHit | int],
    *,
    concurrency: int = 8,
    skip_missing: bool = False,
) -> AsyncIterator[ConversationData]:
    """The full conversation for every hit (or conversation id), in hit order.

    Fetches `dixa.conversations.get` at most `concurrency` at a time; the client's limiter
    still paces every request, so raising `concurrency` beyond what covers the latency gains
    nothing. Errors propagate (the client has already retried what it may), except that
    `skip_missing=True` skips conversations that answer 404 (deleted or anonymised since
    they were indexed). Breaking out of the loop cancels the fetches in flight.
    """

    async def fetch(conversation_id: int) -> ConversationData:
        return await client.conversations.get(conversation_id)

    async for conversation in hydrate_with(
        fetch, hits, concurrency=concurrency, skip_missing=skip_missing
    ):
        yield conversation
