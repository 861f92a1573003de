"""`Caller`: runs the generated operations of one client; the only place errors are mapped.

Unary calls go through `Caller.call`, streamed bodies (the Exports API) through
`Caller.stream`: both map transport failures, timeouts, the deadline and error statuses with
the same code (`_mapped`, `status_error`).

The generated namespaces (`dixa_async.resources`) describe each operation: the generated
module's `_get_kwargs` and `_parse_response`, the arguments, and the envelope class. `Caller`
implements their `Runtime` protocol and turns everything a call can produce into the SDK's
contract, from the response it has in hand:

* a destructive operation without `confirm=True`, or a client already closed -> refused
  before anything is built (`OperationNotAllowedError`, `ClientClosedError`);
* a request that cannot be built (an id that would change the route, a URL too long)
  -> `InvalidRequestError`; an upload over the operation's limits -> `UploadLimitError`;
* `httpx.TimeoutException`, or the view's overall `deadline` running out across retries
  -> `APITimeoutError`; any other transport failure, including a body that does not decode
  (`Content-Encoding: gzip` that is not gzip) -> `APIConnectionError`;
* an error status (4xx/5xx, including statuses outside the IANA registry such as
  Cloudflare's 520) -> the `APIStatusError` subclass for it, with Dixa's `message`;
* only the parse step is wrapped: a 2xx body that does not fit the model, is not JSON, is
  nested too deep to parse, or lacks the documented `data` -> `ResponseValidationError`
  with the raw body.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping, Sequence
from typing import Any, TypeVar

import httpx

from dixa_async.client import AuthenticatedClient
from dixa_async.operations import Operation
from dixa_async.resources._runtime import Pager
from dixa_async.types import UNSET, InvalidPathParameter, Unset

from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ClientClosedError,
    DixaError,
    InvalidRequestError,
    OperationNotAllowedError,
    ResponseValidationError,
    status_error_class,
)
from ._options import RETRY_EXTENSION, CallOptions
from ._pagination import AsyncPager
from ._raw import record_response
from ._uploads import check_upload

__all__ = ["MISFIT", "Caller", "status_error"]

B = TypeVar("B")

_EXCERPT = 200
_ERROR_BODY_LIMIT = 64 * 1024
# What generated `from_dict` raises on a body of the wrong shape (JSONDecodeError is a
# ValueError; AttributeError when an object was expected and something else came;
# RecursionError for JSON nested deeper than the parser's stack).
MISFIT = (KeyError, ValueError, TypeError, AttributeError, RecursionError)
_CLOSED = "this DixaClient is closed; create a new one (or make calls inside `async with`)"


class Caller:
    """The `Runtime` of one client's (or `with_options` view's) namespaces.

    `options` are the view's: `deadline` (seconds, None: none) bounds a whole call — every
    retry and every wait between retries included — since httpx's own timeouts apply per
    read; `timeout`, `retry` and `headers` override the client's for each request.
    """

    __slots__ = ("_client", "_options", "_origin")

    def __init__(
        self,
        client: AuthenticatedClient,
        origin: httpx.URL,
        options: CallOptions | None = None,
    ) -> None:
        self._client = client
        self._origin = origin
        self._options = options if options is not None else CallOptions()

    @property
    def options(self) -> CallOptions:
        return self._options

    def with_options(self, options: CallOptions) -> Caller:
        """The same client with other per-call options."""
        return Caller(self._client, self._origin, options)

    async def call(
        self,
        operation: Operation,
        build: Callable[..., dict[str, Any]],
        arguments: Mapping[str, Any],
        parse: Callable[..., Any] | None,
        expect: type[Any] | None,
        *,
        confirm: bool | None = None,
    ) -> Any:
        """Send `operation` and return what `operation.returns` says; see the module docstring."""
        if operation.destructive and confirm is not True:
            raise OperationNotAllowedError(
                f"{operation.qualified_name} is destructive: pass confirm=True to run it"
            )
        http = self._client.get_async_httpx_client()
        if http.is_closed:
            raise ClientClosedError(_CLOSED)
        try:
            request = build(**arguments)
        except InvalidPathParameter as exc:
            raise InvalidRequestError(f"{operation.qualified_name}: {exc}") from None
        if operation.upload_limits is not None and "files" in request:
            request["files"] = check_upload(
                operation.qualified_name, operation.upload_limits, request["files"]
            )
        response = await self._send(http, operation, self._apply(request))
        record_response(response)
        if response.status_code >= 400:
            raise status_error(response)
        if parse is None or operation.returns == "none":
            return None
        try:
            parsed = parse(client=self._client, response=response)
            if parsed is None and expect is not None and hasattr(expect, "from_dict"):
                # A 2xx the spec does not list (200 where it documents 201): parse it anyway.
                parsed = expect.from_dict(response.json())
        except MISFIT as exc:
            raise _misfit(response, f"the body does not fit ({type(exc).__name__}: {exc})") from exc
        return _shape(operation, parsed, expect, response)

    def _apply(self, request: dict[str, Any]) -> dict[str, Any]:
        """The generated request with this view's timeout, retry policy and headers."""
        options = self._options
        if options.timeout is not None:
            request["timeout"] = options.timeout
        if options.retry is not None:
            request["extensions"] = {
                **request.get("extensions", {}),
                RETRY_EXTENSION: options.retry,
            }
        if options.headers:
            request["headers"] = {**options.headers, **request.get("headers", {})}
        if not _has_body(request):
            # An optional body left out (`conversations.close(1)`): the generated request
            # still names a JSON content type, which would announce an empty, undecodable
            # JSON document.
            headers = request.get("headers")
            if headers:
                request["headers"] = {
                    name: value for name, value in headers.items() if name.lower() != "content-type"
                }
        return request

    async def _send(
        self, http: httpx.AsyncClient, operation: Operation, request: dict[str, Any]
    ) -> httpx.Response:
        method, path = operation.method, _path(request)
        deadline = self._options.deadline
        try:
            if deadline is None:
                return await http.request(**request)
            async with asyncio.timeout(deadline):
                return await http.request(**request)
        except Exception as exc:
            mapped = _mapped(exc, http, method, path, deadline)
            if mapped is exc:
                raise
            raise mapped from exc

    async def stream(
        self, request: dict[str, Any], *, error_body_limit: int = _ERROR_BODY_LIMIT
    ) -> AsyncGenerator[bytes, None]:
        """Send `request` (keyword arguments of `httpx.AsyncClient.stream`) and yield the
        body of its 2xx answer chunk by chunk, as it arrives.

        Errors are mapped as for `call`: an error status -> its `APIStatusError` subclass
        (with at most `error_body_limit` bytes of the body, read for at most the read
        timeout: an endless error body cannot hold the caller), timeouts and the overall
        `deadline` -> `APITimeoutError`, other transport failures (a body cut short, one
        that does not decode) -> `APIConnectionError`, a closed client -> `ClientClosedError`.

        The `deadline` bounds the whole request: sending it (retries and their waits
        included) and every read of the body. Without one, the body may take as long as it
        keeps arriving; a read that brings no byte for httpx's read timeout ends it.
        """
        http = self._client.get_async_httpx_client()
        if http.is_closed:
            raise ClientClosedError(_CLOSED)
        request = self._apply(request)
        method, path = str(request.get("method", "GET")).upper(), _path(request)
        deadline = self._options.deadline
        loop = asyncio.get_running_loop()
        ends = None if deadline is None else loop.time() + deadline
        try:
            async with contextlib.AsyncExitStack() as stack:
                async with asyncio.timeout_at(ends):
                    response = await stack.enter_async_context(http.stream(**request))
                if not 200 <= response.status_code < 300:  # redirects are not followed
                    body = await _error_body(response, error_body_limit, ends, http.timeout)
                    raise status_error(response, body=body)
                chunks = response.aiter_bytes()
                while True:
                    async with asyncio.timeout_at(ends):
                        try:
                            chunk = await anext(chunks)
                        except StopAsyncIteration:
                            break
                    yield chunk
        except Exception as exc:
            mapped = _mapped(exc, http, method, path, deadline)
            if mapped is exc:
                raise
            raise mapped from exc

    def paginate(
        self,
        operation: Operation,
        fetch: Callable[[str | None], Awaitable[Any]],
        *,
        page_key: str | None,
        max_items: int | None,
    ) -> Pager[Any]:
        """An `AsyncPager` over `fetch`, refusing `meta.next` links to other hosts."""
        return AsyncPager(fetch, origin=self._origin, page_key=page_key, max_items=max_items)

    def body(
        self,
        operation: Operation,
        model: type[B],
        given: B | None,
        fields: Mapping[str, Any],
        required: Sequence[str],
    ) -> B | Unset:
        """`given`, or `model(**fields)` without the fields left None (None: not sent)."""
        sent = {name: value for name, value in fields.items() if value is not None}
        if given is not None:
            if sent:
                raise TypeError(
                    f"{operation.qualified_name}() takes body= or the body's fields "
                    f"({', '.join(sorted(sent))}), not both"
                )
            return given
        missing = [name for name in required if name not in sent]
        if missing:
            raise TypeError(
                f"{operation.qualified_name}() missing required keyword argument(s): "
                f"{', '.join(repr(name) for name in missing)} (or pass body={model.__name__}(...))"
            )
        if not sent and not operation.body_required:
            return UNSET
        return model(**sent)


def _has_body(request: Mapping[str, Any]) -> bool:
    return any(request.get(key) is not None for key in ("json", "content", "data", "files"))


def _mapped(
    exc: Exception,
    http: httpx.AsyncClient,
    method: str,
    path: str,
    deadline: float | None,
) -> Exception:
    """The SDK error for `exc` raised while sending `method path` (or reading its body);
    `exc` itself when it is not a transport failure."""
    where = f"{method} {path}"
    if isinstance(exc, DixaError):
        return exc  # refused by the transport (access policy, closed client, route check)
    if isinstance(exc, TimeoutError):  # the overall deadline
        return APITimeoutError(
            f"{where} did not complete within the {deadline:g} s deadline",
            method=method,
            path=path,
        )
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(
            f"{where} timed out ({type(exc).__name__})", method=method, path=path
        )
    if isinstance(exc, httpx.TransportError | httpx.DecodingError | httpx.TooManyRedirects):
        if http.is_closed:  # the pool was closed under this call
            return ClientClosedError(_CLOSED)
        return APIConnectionError(
            f"{where} failed: {type(exc).__name__}: {exc}", method=method, path=path
        )
    if isinstance(exc, httpx.InvalidURL):
        return InvalidRequestError(f"{where} cannot be sent: {exc}")
    if isinstance(exc, RuntimeError) and http.is_closed:  # closed while on its way
        return ClientClosedError(_CLOSED)
    return exc


async def _error_body(
    response: httpx.Response, limit: int, ends: float | None, timeouts: httpx.Timeout
) -> bytes:
    """At most `limit` bytes of an error answer's body, read for at most the read timeout
    (and never past the deadline `ends`): enough for Dixa's message, bounded for a body
    that never ends."""
    body = bytearray()
    loop = asyncio.get_running_loop()
    budget = timeouts.read if timeouts.read is not None else 30.0
    stop = loop.time() + budget if ends is None else min(ends, loop.time() + budget)
    try:
        async with asyncio.timeout_at(stop):
            async for chunk in response.aiter_bytes():
                body += chunk
                if len(body) >= limit:
                    break
    except (TimeoutError, httpx.TransportError, httpx.DecodingError):
        pass  # what arrived is enough to name the error
    return bytes(body[:limit])


def _path(request: Mapping[str, Any]) -> str:
    return str(request.get("url", "?")).split("?", 1)[0]


def _shape(
    operation: Operation, parsed: Any, expect: type[Any] | None, response: httpx.Response
) -> Any:
    kind = operation.returns
    if kind == "list":
        if isinstance(parsed, list) and (
            expect is None or all(isinstance(item, expect) for item in parsed)
        ):
            return parsed
        raise _misfit(response, f"expected a list of {getattr(expect, '__name__', '?')}")
    if expect is not None and not isinstance(parsed, expect):
        raise _misfit(response, f"expected {expect.__name__}")
    if kind in ("model", "pager"):
        return parsed
    data = getattr(parsed, "data", UNSET)
    if isinstance(data, Unset):
        raise _misfit(response, "the documented `data` is missing")
    if kind == "data_list" and not isinstance(data, list):
        raise _misfit(response, "expected `data` to be a list")
    return data


def _misfit(response: httpx.Response, what: str) -> ResponseValidationError:
    request = response.request
    return ResponseValidationError(
        f"{request.method} {request.url.path} -> {response.status_code}: {what}",
        body=response.content,
        status_code=response.status_code,
    )


def status_error(response: httpx.Response, *, body: bytes | None = None) -> APIStatusError:
    """The typed error for an error `response`, with Dixa's `message` when it sent one.

    `body` is the part of the body that was read (default: the whole, already read body).
    """
    request = response.request
    if body is None:
        body = response.content
    try:
        decoded = json.loads(body)
    except (ValueError, RecursionError):
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
