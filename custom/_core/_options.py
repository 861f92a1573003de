"""`CallOptions`: what a `with_options` view changes for the calls it makes.

The client's own settings (timeout, retry policy, headers) live on its connection pool and
its transport; a view carries only the differences, applied to each request it sends:
`timeout` as httpx's per-request timeout, `retry` as a request extension the transport
reads (`RETRY_EXTENSION`), `headers` merged over the client's. Nothing here sends.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

import httpx

from ._retry import RetryPolicy

__all__ = ["RETRY_EXTENSION", "CallOptions", "check_headers", "to_timeout"]

# The request extension under which a view's retry policy reaches `DixaTransport`.
RETRY_EXTENSION = "dixa_retry"

# Headers the SDK owns: the token is the client's `api_key`, never a per-call header (so it
# cannot end up in a view's repr or be sent to a host it was not meant for).
_RESERVED = frozenset({"authorization", "host"})


def check_headers(headers: Mapping[str, str] | None) -> Mapping[str, str]:
    """`headers` as a read-only mapping; ValueError for a header the SDK owns or a
    non-string name/value (httpx would otherwise fail later, at send time)."""
    if not headers:
        return MappingProxyType({})
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise ValueError(f"headers must map str to str, got {name!r}: {type(value).__name__}")
        if name.lower() in _RESERVED:
            raise ValueError(
                f"headers cannot set {name!r}: the SDK sets it (the token is api_key=)"
            )
    return MappingProxyType(dict(headers))


def to_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    """A number of seconds (connect, read, write and pool each) or an `httpx.Timeout`."""
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise ValueError(f"timeout must be a positive number of seconds, got {timeout!r}")
    return httpx.Timeout(float(timeout))


@dataclass(frozen=True, slots=True)
class CallOptions:
    """Per-view settings. `deadline`: seconds a whole call (retries and the waits between
    them included) may take, None for none. `timeout`/`retry`: None means the client's.
    `headers`: sent with every request of the view, over the client's own."""

    deadline: float | None = None
    timeout: httpx.Timeout | None = None
    retry: RetryPolicy | None = None
    headers: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        if self.deadline is not None and (isinstance(self.deadline, bool) or not self.deadline > 0):
            raise ValueError("deadline must be positive (seconds) or None")

    def replace(self, **changes: object) -> CallOptions:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]
