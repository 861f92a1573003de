"""Streaming one export response: items are parsed as the bytes arrive.

An export answer is one JSON array holding a whole window (possibly hundreds of megabytes),
so it is never read whole: ijson's push parser is fed each chunk of `aiter_bytes()` and hands
back the array elements completed so far, which are turned into generated models one by one.
Memory stays at one chunk plus the items of that chunk.

Everything that can go wrong becomes the SDK's typed errors, mapped like every v1 call:
an error status -> the `APIStatusError` subclass (via `_call`), timeouts, broken
connections and bodies that do not decode (a `Content-Encoding` that lies) ->
`APITimeoutError`/`APIConnectionError`, and a 2xx body that is not a JSON
array of fitting items (including a body cut short) -> `ResponseValidationError`. Items
already yielded stay yielded: a stream is never retried halfway, so a caller that needs
all-or-nothing per window checkpoints per window.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from contextlib import aclosing
from typing import Any, TypeVar

import httpx
import ijson

from .._call import status_error
from .._errors import APIConnectionError, APITimeoutError, ResponseValidationError

__all__ = ["stream_items"]

T = TypeVar("T")

_EXCERPT = 2000
# What generated `from_dict` raises for an item of the wrong shape (as in `_call`).
_MISFIT = (KeyError, ValueError, TypeError, AttributeError, RecursionError)
_WHITESPACE = b" \t\r\n"


def _misfit(where: str, index: int, raw: object, model: str, exc: Exception) -> Exception:
    body = json.dumps(raw, default=str, ensure_ascii=False).encode()
    return ResponseValidationError(
        f"{where} -> 200: item {index} does not fit {model} ({type(exc).__name__}: {exc})",
        body=body[:_EXCERPT],
        status_code=200,
    )


async def stream_items(
    client: httpx.AsyncClient,
    request: dict[str, Any],
    parse: Callable[[Any], T],
    model: str,
) -> AsyncIterator[T]:
    """Send `request` (keyword arguments of `AsyncClient.stream`) and yield `parse(item)` for
    each element of the JSON array in the response body, as it arrives.

    `parse` is the generated model's `from_dict`; `model` names it in error messages.
    """
    method, path = str(request["method"]).upper(), str(request["url"])
    where = f"{method} {path}"
    try:
        async with client.stream(**request) as response:
            if not 200 <= response.status_code < 300:  # redirects are not followed either
                await response.aread()
                raise status_error(response)
            async with aclosing(_items(response, parse, where, model)) as items:
                async for item in items:
                    yield item
    except httpx.TimeoutException as exc:
        raise APITimeoutError(
            f"{where} timed out ({type(exc).__name__})", method=method, path=path
        ) from exc
    except (httpx.TransportError, httpx.DecodingError) as exc:  # a body that does not decode too
        raise APIConnectionError(
            f"{where} failed: {type(exc).__name__}: {exc}", method=method, path=path
        ) from exc


async def _items(
    response: httpx.Response, parse: Callable[[Any], T], where: str, model: str
) -> AsyncGenerator[T, None]:
    sink = ijson.sendable_list()
    parser = ijson.items_coro(sink, "item", use_float=True)
    index = 0
    started = False
    try:
        async for chunk in response.aiter_bytes():
            if not chunk:
                continue  # an empty send would tell the parser the body has ended
            if not started:
                head = chunk.lstrip(_WHITESPACE)
                if not head:
                    continue
                if head[:1] != b"[":
                    raise ResponseValidationError(
                        f"{where} -> {response.status_code}: expected a JSON array of {model}, "
                        f"the body starts with {head[:40]!r}",
                        body=head[:_EXCERPT],
                        status_code=response.status_code,
                    )
                started = True
                chunk = head
            parser.send(chunk)
            for raw in sink:
                yield _parse(parse, raw, where, index, model)
                index += 1
            del sink[:]
        if not started:
            raise ResponseValidationError(
                f"{where} -> {response.status_code}: the body is empty, expected a JSON array",
                status_code=response.status_code,
            )
        parser.close()
    except ijson.JSONError as exc:
        raise ResponseValidationError(
            f"{where} -> {response.status_code}: the body is not a complete JSON array of "
            f"{model} after {index} items ({str(exc).splitlines()[0]})",
            status_code=response.status_code,
        ) from exc
    for raw in sink:  # items completed by the very last bytes
        yield _parse(parse, raw, where, index, model)
        index += 1


def _parse(parse: Callable[[Any], T], raw: Any, where: str, index: int, model: str) -> T:
    try:
        return parse(raw)
    except _MISFIT as exc:
        raise _misfit(where, index, raw, model, exc) from exc
