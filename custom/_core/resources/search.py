"""`dixa.search`, extended: `conversations` also takes a `Search` built with typed conditions,
or free text as a plain string."""

from __future__ import annotations

from dixa_async.models.conversation_search_with_filters_hit import (
    ConversationSearchWithFiltersHit,
)
from dixa_async.models.filters import Filters
from dixa_async.models.query import Query
from dixa_async.models.search_parameters_input import SearchParametersInput
from dixa_async.resources import search
from dixa_async.resources._runtime import Pager

from .._filters import SearchQuery

__all__ = ["Search"]


class Search(search.Search):
    """Search only reads, so the client retries it like a GET."""

    __slots__ = ()

    def conversations(
        self,
        search: SearchQuery | None = None,
        /,
        *,
        query: str | Query | None = None,
        exact_match: bool = False,
        filters: Filters | None = None,
        body: SearchParametersInput | None = None,
        page_size: int | None = None,
        page_key: str | None = None,
        max_items: int | None = None,
    ) -> Pager[ConversationSearchWithFiltersHit]:
        """Conversations matching free text `query` (a string, matched exactly with
        `exact_match=True`) and/or structured `filters`, or a
        `dixa_async.search.SearchQuery` built with its typed conditions — one of the three
        forms. The same body is sent for every page. With none of them, the body is the
        empty JSON object `{}`: Dixa documents both `query` and `filters` as optional
        (its examples include results "when query was not provided"), and a JSON body
        is what it decodes; an empty one is refused with "Decoding failure".

        Raises TypeError when a `Search` is mixed with `query=`/`filters=`/`body=`.
        """
        if search is not None:
            if query is not None or filters is not None or body is not None:
                raise TypeError("pass a Search or query=/filters=/body=, not both")
            body = search.build()
        if isinstance(query, str):
            query = Query(value=query, exact_match=exact_match)
        if query is None and filters is None and body is None:
            body = SearchParametersInput()  # sent as {}
        return super().conversations(
            query=query,
            filters=filters,
            body=body,
            page_size=page_size,
            page_key=page_key,
            max_items=max_items,
        )
