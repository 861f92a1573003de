"""Streaming one export response: items are cut out of the body as the bytes arrive.

An export answer is one JSON array holding a whole window (possibly hundreds of megabytes),
so it is never read whole: `Caller.stream` hands over the body chunk by chunk (errors mapped
there, as for every call), `ItemSplitter` cuts the chunks into decoded items with bounded
memory and nesting, and a body that is not such an array - one cut short included - is a
`ResponseValidationError`. Items already yielded stay yielded: the caller decides what a
failed stream means for them (the warehouse rolls the window back and sends it again).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import aclosing
from typing import Any

from .._call import Caller
from .._errors import ResponseValidationError
from ._split import BodyError, ItemSplitter

__all__ = ["stream_raw"]


async def stream_raw(caller: Caller, request: dict[str, Any], what: str) -> AsyncIterator[Any]:
    """Send `request` (keyword arguments of `AsyncClient.stream`) and yield each element of
    the JSON array in the body, decoded, as it arrives. `what` names the items in errors."""
    where = f"{str(request.get('method', 'GET')).upper()} {request.get('url', '?')!s}"
    splitter = ItemSplitter()
    try:
        async with aclosing(caller.stream(request)) as chunks:
            async for chunk in chunks:
                for item in splitter.feed(chunk):
                    yield item
        tail = splitter.close()
    except BodyError as exc:
        raise ResponseValidationError(
            f"{where} -> 200: the body is not a complete JSON array of {what}: {exc}",
            status_code=200,
        ) from None
    for item in tail:
        yield item
