"""`with_raw_response`: the `httpx.Response` of a call, next to the value it was parsed into.

The generated methods return the parsed value only. Rather than a second, untyped copy of
every namespace (openai's `client.with_raw_response.<...>`), the caller hands the method and
its arguments to `with_raw_response`, which runs it with a recorder set in a context variable:
`Caller` records each response it receives there, and the last one comes back with the
value. Typing follows the method's own signature (ParamSpec), so mypy checks the arguments
and knows the type of `.parsed`. Errors are the SDK's, exactly as without the wrapper.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Generic, ParamSpec, TypeVar

import httpx

__all__ = ["RawResponse", "record_response", "with_raw_response"]

T = TypeVar("T")
P = ParamSpec("P")

_recorder: ContextVar[list[httpx.Response] | None] = ContextVar(
    "dixa_async_raw_responses", default=None
)


def record_response(response: httpx.Response) -> None:
    """Keep `response` for the `with_raw_response` running in this context, if any."""
    responses = _recorder.get()
    if responses is not None:
        responses.append(response)


@dataclass(frozen=True, slots=True)
class RawResponse(Generic[T]):
    """What a call returned (`parsed`) and the HTTP response it came from (`http_response`,
    body already read). `status_code` and `headers` are the response's."""

    parsed: T
    http_response: httpx.Response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers


async def with_raw_response(
    call: Callable[P, Awaitable[T]], /, *args: P.args, **kwargs: P.kwargs
) -> RawResponse[T]:
    """Await `call(*args, **kwargs)` — a method of a `DixaClient` namespace, e.g.
    `with_raw_response(dixa.conversations.get, 1000)` — and return its value with the last
    HTTP response it received.

    A pager is not awaitable; its pages are: `with_raw_response(anext, pager.pages())`
    gives the next `Page` with the response it came from. Errors are raised as without the
    wrapper (an `APIStatusError` carries the status and headers itself). TypeError when the
    call sent no request through a `DixaClient` namespace.
    """
    responses: list[httpx.Response] = []
    token = _recorder.set(responses)
    try:
        parsed = await call(*args, **kwargs)
    finally:
        _recorder.reset(token)
    if not responses:
        raise TypeError(
            f"{getattr(call, '__qualname__', call)!r} sent no request through a DixaClient "
            "namespace; with_raw_response has no response to return"
        )
    return RawResponse(parsed, responses[-1])
