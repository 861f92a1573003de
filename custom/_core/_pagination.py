"""`AsyncPager`: iterate Dixa's paged lists item by item or page by page.

Dixa pages carry `meta.next`, a path relative to the host that already includes `/v1` and
the query (`/v1/endusers?pageKey=...`). The pager takes the `pageKey` out of it and calls
the same operation again with every original argument (filters, page size, and the same
body for POST searches), so nothing the caller asked for is dropped on later pages.
A `meta.next` naming another host is refused with `UnsafeRedirectError`: nothing is sent
there, least of all the token.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

import httpx

from dixa_async.types import Unset

from ._errors import ResponseValidationError, UnsafeRedirectError

if TYPE_CHECKING:
    from dixa_async.models.pagination_links import PaginationLinks

__all__ = ["AsyncPager", "Page", "PagedOutput", "next_page_key"]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class PagedOutput(Protocol[T_co]):
    """The shape shared by Dixa's paged response models."""

    @property
    def data(self) -> Sequence[T_co] | Unset: ...

    @property
    def meta(self) -> PaginationLinks | Unset: ...


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page: its `items` and the `next_cursor` (the `pageKey` of the following page,
    None on the last page). Pass `next_cursor` as `page_key=` to resume after this page."""

    items: Sequence[T]
    next_cursor: str | None


def next_page_key(link: str, origin: httpx.URL) -> str:
    """The `pageKey` carried by a `meta.next` link.

    Raises UnsafeRedirectError when the link names a host other than `origin`'s, and
    ResponseValidationError when it carries no `pageKey`.
    """
    url = httpx.URL(link)
    if url.scheme or url.host:
        same = (url.scheme or origin.scheme, url.host, url.port) == (
            origin.scheme,
            origin.host,
            origin.port,
        )
        if not same:
            raise UnsafeRedirectError(
                f"meta.next points at {url.scheme or '?'}://{url.host}, not {origin.host}; "
                "not followed"
            )
    key: str | None = url.params.get("pageKey")
    if not key:
        raise ResponseValidationError(f"meta.next carries no pageKey: {url.path}")
    return key


class AsyncPager(Generic[T]):
    """An async iterator over the items of a paged operation; not awaitable.

    `async for item in pager` yields items across pages; `pager.pages()` yields `Page`s.
    Iteration starts at `page_key` (or the first page), stops after the last page (no
    `meta.next`), after an empty page, or once `max_items` items were yielded. Each
    iteration starts afresh: iterating twice sends the requests twice.
    """

    __slots__ = ("_fetch", "_max_items", "_origin", "_page_key")

    def __init__(
        self,
        fetch: Callable[[str | None], Awaitable[PagedOutput[T]]],
        *,
        origin: httpx.URL,
        page_key: str | None = None,
        max_items: int | None = None,
    ) -> None:
        if max_items is not None and max_items < 0:
            raise ValueError("max_items must be >= 0")
        self._fetch = fetch
        self._origin = origin
        self._page_key = page_key
        self._max_items = max_items

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    async def _items(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Yield the pages one at a time (with `max_items`, the last one is cut short)."""
        key = self._page_key
        remaining = self._max_items
        while remaining is None or remaining > 0:
            output = await self._fetch(key)
            data = output.data
            items: Sequence[T] = [] if isinstance(data, Unset) else data
            meta = output.meta
            link = None if isinstance(meta, Unset) or isinstance(meta.next_, Unset) else meta.next_
            cursor = next_page_key(link, self._origin) if link and items else None
            if remaining is not None:
                items = items[:remaining]
                remaining -= len(items)
            yield Page(items, cursor)
            if cursor is None:
                return
            key = cursor
