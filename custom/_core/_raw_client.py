"""One factory for the generated raw clients of the v1 API and the Exports API.

Both APIs get the same treatment from here: the base URL is checked (an http(s) URL, no
trailing slash), the timeout is an `httpx.Timeout`, the client sends through the given
pipeline transport, and its repr never shows the token (attrs would print it).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import httpx

from ._errors import ConfigurationError

__all__ = ["check_base_url", "raw_client"]

C = TypeVar("C")

_REDACTED: dict[type[Any], type[Any]] = {}


def check_base_url(base_url: str, *, name: str = "base_url") -> str:
    """`base_url` without a trailing slash; ConfigurationError (naming `name`) unless it is
    an http(s) URL with a host."""
    try:
        origin = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError):
        raise ConfigurationError(f"{name} must be an http(s) URL, got {base_url!r}") from None
    if origin.scheme not in ("http", "https") or not origin.host:
        raise ConfigurationError(f"{name} must be an http(s) URL, got {base_url!r}")
    return str(origin).rstrip("/")


def _redacted(cls: type[C]) -> type[C]:
    sub = _REDACTED.get(cls)
    if sub is None:

        def __repr__(self: Any) -> str:
            return f"{cls.__name__}(base_url={self._base_url!r}, token=<redacted>)"

        sub = type(cls.__name__, (cls,), {"__slots__": (), "__repr__": __repr__})
        sub.__module__ = cls.__module__
        _REDACTED[cls] = sub
    return sub


def raw_client(
    cls: type[C],
    *,
    base_url: str,
    token: str,
    prefix: str,
    timeout: httpx.Timeout,
    pipeline: httpx.AsyncBaseTransport,
    headers: Mapping[str, str] | None = None,
) -> C:
    """An instance of the generated `AuthenticatedClient` class `cls` sending through
    `pipeline`, with `Authorization: <prefix> <token>` (the bare token when `prefix` is "")
    and a repr without the token; `headers` are sent with every request. `base_url` must
    already be checked (`check_base_url`)."""
    factory: Any = _redacted(cls)
    client: C = factory(
        base_url=base_url,
        token=token,
        prefix=prefix,
        timeout=timeout,
        headers=dict(headers or {}),
        httpx_args={"transport": pipeline},
    )
    return client
