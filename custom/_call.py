"""The single choke point between resource methods and generated operations.

`call`, `call_list` and `call_empty` run one generated `asyncio_detailed` function and turn
everything it can produce into the SDK's contract; this is the only place errors are mapped:

* an error status (4xx/5xx, including statuses outside the IANA registry such as Cloudflare's
  520, on which the generated code raises ValueError) -> the `APIStatusError` subclass for it,
  carrying Dixa's `message`, the method and the path;
* `httpx.TimeoutException` -> `APITimeoutError`; any other `httpx.TransportError` ->
  `APIConnectionError`;
* a 2xx body that does not fit the model (`KeyError`/`ValueError`/`TypeError`/
  `AttributeError` from `from_dict`, undecodable JSON) -> `ResponseValidationError` with the raw body.

The generated unions of success and error models never reach callers, nor does a silent None.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any, ParamSpec, TypeVar

import httpx

from dixa_async.types import Response

from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ResponseValidationError,
    status_error_class,
)
from ._transport import Exchange, current_exchange

__all__ = ["call", "call_empty", "call_list"]

P = ParamSpec("P")
M = TypeVar("M")

_EXCERPT = 200
# What generated `from_dict` raises on a body of the wrong shape (JSONDecodeError is a
# ValueError; AttributeError when an object was expected and something else came).
_MISFIT = (KeyError, ValueError, TypeError, AttributeError)


async def _send(
    op: Callable[P, Awaitable[Response[Any]]], /, *args: P.args, **kwargs: P.kwargs
) -> tuple[Response[Any], httpx.Response]:
    exchange = Exchange()
    token = current_exchange.set(exchange)
    try:
        result = await op(*args, **kwargs)
    except httpx.TimeoutException as exc:
        method, path = _where(exchange, exc)
        raise APITimeoutError(
            f"{method} {path} timed out ({type(exc).__name__})", method=method, path=path
        ) from exc
    except httpx.TransportError as exc:
        method, path = _where(exchange, exc)
        raise APIConnectionError(
            f"{method} {path} failed: {type(exc).__name__}: {exc}", method=method, path=path
        ) from exc
    except _MISFIT as exc:
        if exchange.response is None or exchange.request is None:
            raise  # raised while building the request: a bad argument, not a bad answer
        raise _failure(exchange.request, exchange.response, exc) from exc
    finally:
        current_exchange.reset(token)
    response = exchange.response
    if response is None or exchange.request is None:  # pragma: no cover - transport bypassed
        raise RuntimeError("the Dixa transport did not see this request")
    if response.status_code >= 400:
        raise _status_error(exchange.request, response)
    return result, response


def _where(exchange: Exchange, exc: httpx.TransportError) -> tuple[str, str]:
    request = exchange.request
    if request is None:
        try:
            request = exc.request
        except RuntimeError:
            return "?", "?"
    return request.method, request.url.path


def _failure(request: httpx.Request, response: httpx.Response, exc: Exception) -> Exception:
    if response.status_code >= 400:
        return _status_error(request, response)
    return ResponseValidationError(
        f"{request.method} {request.url.path} -> {response.status_code}: the body does not fit "
        f"the expected model ({type(exc).__name__}: {exc})",
        body=response.content,
        status_code=response.status_code,
    )


def _status_error(request: httpx.Request, response: httpx.Response) -> APIStatusError:
    body = response.content
    message = ""
    try:
        decoded = json.loads(body)
    except ValueError:
        decoded = None
    if isinstance(decoded, dict) and isinstance(decoded.get("message"), str):
        message = decoded["message"]
    else:
        message = body[:_EXCERPT].decode("utf-8", "replace").strip() or response.reason_phrase
    return status_error_class(response.status_code)(
        message,
        status_code=response.status_code,
        method=request.method,
        path=request.url.path,
        body=body,
        headers=dict(response.headers),
    )


def _unexpected(response: httpx.Response, request: httpx.Request, what: str) -> Exception:
    return ResponseValidationError(
        f"{request.method} {request.url.path} -> {response.status_code}: expected {what}",
        body=response.content,
        status_code=response.status_code,
    )


async def call(
    op: Callable[P, Awaitable[Response[Any]]],
    expect: type[M],
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> M:
    """Run `op` and return its success model, an instance of `expect`.

    A 2xx status the spec does not list (say 200 where it documents 201) is parsed with
    `expect.from_dict` rather than dropped.
    """
    result, response = await _send(op, *args, **kwargs)
    parsed = result.parsed
    if isinstance(parsed, expect):
        return parsed
    from_dict = getattr(expect, "from_dict", None)
    if parsed is None and from_dict is not None:
        try:
            parsed = from_dict(response.json())
        except _MISFIT as exc:
            raise _failure(response.request, response, exc) from exc
        if isinstance(parsed, expect):
            return parsed
    raise _unexpected(response, response.request, expect.__name__)


async def call_list(
    op: Callable[P, Awaitable[Response[Any]]],
    item: type[M],
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> list[M]:
    """Run `op`, whose success body is a bare JSON array of `item`, and return the list."""
    result, response = await _send(op, *args, **kwargs)
    parsed = result.parsed
    if isinstance(parsed, list) and all(isinstance(entry, item) for entry in parsed):
        return parsed
    raise _unexpected(response, response.request, f"a list of {item.__name__}")


async def call_empty(
    op: Callable[P, Awaitable[Response[Any]]], /, *args: P.args, **kwargs: P.kwargs
) -> None:
    """Run `op`, whose success (204, or 202/200 without a documented body) carries nothing."""
    await _send(op, *args, **kwargs)
