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
from .._network import network_transport
from .._raw_client import check_base_url, raw_client
from .._retry import RetryPolicy
from .._throttle import Limiter, token_fingerprint
from .._transport import AccessPolicy, DixaTransport
from ._stats import ExportStats

if TYPE_CHECKING:
    from ._namespace import Exports

__all__ = ["ExportsHandle"]


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
        self.base_url = check_base_url(self.base_url, name="exports_base_url")

    def get(self, deadline: float | None = None) -> Exports:
        """The namespace, its export requests bounded by `deadline` (seconds; None: none)."""
        if self._exports is None:
            stats = ExportStats()
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
            from dixa_async.exports.client import AuthenticatedClient

            from ._namespace import Exports

            raw = raw_client(
                AuthenticatedClient,
                base_url=self.base_url,
                token=self.token,
                prefix="Bearer",
                timeout=self.timeout,
                headers=self.headers,
                pipeline=pipeline,
            )
            self._exports = Exports(raw, stats, self.base_url)
            self._exports._closed = self._closed
        if deadline != self._exports.deadline:
            return self._exports.with_deadline(deadline)
        return self._exports

    async def aclose(self) -> None:
        self._closed = True
        if self._exports is not None:
            await self._exports.aclose()
