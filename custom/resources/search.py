"""`dixa.search`: conversation search."""

from __future__ import annotations

from collections.abc import Awaitable

from dixa_async.api.search import get_search_conversations, post_search_conversations
from dixa_async.models import (
    ConversationSearchHit,
    ConversationSearchWithFiltersHit,
    Filters,
    Query,
    SearchConversationsWithFiltersOutput,
    SearchOutput,
    SearchParametersInput,
)
from dixa_async.types import UNSET

from .._call import call
from .._pagination import AsyncPager
from .._search._filters import Search as SearchQuery
from ._base import Resource, opt

__all__ = ["Search"]


class Search(Resource):
    """Search only reads, so the client retries it like a GET."""

    __slots__ = ()

    def conversations(
        self,
        search: SearchQuery | None = None,
        /,
        *,
        query: str | None = None,
        exact_match: bool = False,
        filters: Filters | None = None,
        page_size: int | None = None,
        page_key: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[ConversationSearchWithFiltersHit]:
        """Conversations matching free text `query` and/or structured `filters`, or a
        `dixa_async.custom.search.Search` built with its typed conditions (not both).

        The same body is sent for every page.
        """
        if search is not None:
            if query is not None or filters is not None:
                raise TypeError("pass a Search or query=/filters=, not both")
            body = search.build()
        else:
            body = SearchParametersInput(
                query=UNSET if query is None else Query(value=query, exact_match=exact_match),
                filters=opt(filters),
            )

        def fetch(key: str | None) -> Awaitable[SearchConversationsWithFiltersOutput]:
            return call(
                post_search_conversations.asyncio_detailed,
                SearchConversationsWithFiltersOutput,
                client=self._client,
                body=body,
                page_limit=opt(page_size),
                page_key=opt(key),
            )

        return self._pager(fetch, page_key=page_key, max_items=max_items)

    def conversations_by_text(
        self,
        *,
        query: str,
        exact_match: bool | None = None,
        page_size: int | None = None,
        page_key: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[ConversationSearchHit]:
        """The deprecated GET search by text; prefer `conversations`."""

        def fetch(key: str | None) -> Awaitable[SearchOutput]:
            return call(
                get_search_conversations.asyncio_detailed,
                SearchOutput,
                client=self._client,
                query=query,
                exact_match=opt(exact_match),
                page_limit=opt(page_size),
                page_key=opt(key),
            )

        return self._pager(fetch, page_key=page_key, max_items=max_items)
