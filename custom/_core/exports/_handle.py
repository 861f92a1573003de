"""`ExportsHandle`: what `DixaClient` keeps to build `dixa.exports` on first use.

Kept apart from the namespace so that constructing a client does not import the Exports
API's generated package or the streaming JSON parser: a client that never exports never
loads them.
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import httpx

from .._config import RateLimit
from .._errors import ConfigurationError
from .._network import network_transport
from .._retry import RetryPolicy
from .._throttle import Limiter, token_fingerprint
from .._transport import AccessPolicy, ClientStats, DixaTransport

if TYPE_CHECKING:
    from ._namespace import Exports

__all__ = ["ExportsHandle", "check_base_url"]


def check_base_url(base_url: str) -> str:
    """`base_url` without a trailing slash; ConfigurationError unless it is an http(s) URL."""
    origin = httpx.URL(base_url)
    if origin.scheme not in ("http", "https") or not origin.host:
        raise ConfigurationError(f"exports_base_url must be an http(s) URL, got {base_url!r}")
    return str(origin).rstrip("/")


@dataclass(slots=True)
class ExportsHandle:
    """What `DixaClient` keeps to build `dixa.exports` on first use (and to close it).

    Holds the token (never in its repr) and the client's settings; building the namespace
    opens nothing, connections are made by the first export.
    """

    token: str = field(repr=False)
    base_url: str
    rate_limit: RateLimit | None
    timeout: httpx.Timeout
    policy: RetryPolicy
    access: AccessPolicy
    transport: httpx.AsyncBaseTransport | None = None
    http_client: httpx.AsyncClient | None = None
    proxy: str | httpx.Proxy | None = None
    verify: ssl.SSLContext | bool = True
    headers: Mapping[str, str] = field(default_factory=dict)
    limiter: Limiter | None = None
    _exports: Exports | None = field(default=None, repr=False)
    _closed: bool = field(default=False, repr=False)

    def __post_init__(self) -> None:
        self.base_url = check_base_url(self.base_url)

    def get(self) -> Exports:
        if self._exports is None:
            stats = ClientStats()
            network = network_transport(
                transport=self.transport,
                http_client=self.http_client,
                proxy=self.proxy,
                verify=self.verify,
            )
            pipeline = DixaTransport(
                network,
                # Dixa meters the Exports API apart from v1: its own bucket for the same token.
                fingerprint=token_fingerprint(self.token) + ":exports",
                rate_limit=self.rate_limit,
                policy=self.policy,
                access=self.access,
                stats=stats,
                limiter=self.limiter,
            )
            from ._namespace import Exports, _ExportsRawClient

            raw = _ExportsRawClient(
                base_url=self.base_url,
                token=self.token,
                prefix="Bearer",
                timeout=self.timeout,
                headers=dict(self.headers),
                httpx_args={"transport": pipeline},
            )
            self._exports = Exports(raw, stats, self.base_url)
            self._exports._closed = self._closed
        return self._exports

    async def aclose(self) -> None:
        self._closed = True
        if self._exports is not None:
            await self._exports.aclose()
