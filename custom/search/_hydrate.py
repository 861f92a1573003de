"""Turn search hits (ids) into full conversations, a bounded number of fetches at a time."""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable
from typing import Protocol, TypeVar

from dixa_async._core._errors import NotFoundError

__all__ = ["hydrate_with"]

T = TypeVar("T")


class _Hit(Protocol):
    @property
    def id(self) -> int: ...


async def _ids(hits: AsyncIterable[_Hit | int] | Iterable[_Hit | int]) -> AsyncIterator[int]:
    if isinstance(hits, AsyncIterable):
        async for hit in hits:
            yield hit if isinstance(hit, int) else hit.id
    else:
        for hit in hits:
            yield hit if isinstance(hit, int) else hit.id


async def hydrate_with(
    fetch: Callable[[int], Awaitable[T]],
    hits: AsyncIterable[_Hit | int] | Iterable[_Hit | int],
    *,
    concurrency: int,
    skip_missing: bool,
) -> AsyncIterator[T]:
    """`await fetch(id)` for every hit, at most `concurrency` at once, yielded in hit order.

    At most `concurrency` results are held at a time. Stopping the iteration early cancels
    the fetches in flight. A 404 (deleted or anonymised since it was indexed) is skipped
    when `skip_missing`, else raised like every other error.
    """
    if concurrency < 1:
        raise ValueError("concurrency must be >= 1")
    pending: deque[asyncio.Task[T]] = deque()

    async def next_result() -> list[T]:
        # Zero or one result: a skipped 404 yields nothing.
        task = pending.popleft()
        try:
            return [await task]
        except NotFoundError:
            if skip_missing:
                return []
            raise

    try:
        async for conversation_id in _ids(hits):
            if len(pending) >= concurrency:
                for result in await next_result():
                    yield result
            pending.append(asyncio.ensure_future(fetch(conversation_id)))
        while pending:
            for result in await next_result():
                yield result
    finally:
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)
