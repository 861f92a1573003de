"""What sends a request once the pipeline (guard, throttle, retry) has let it through.

`DixaTransport` wraps an httpx transport. When the caller gives none, a plain
`httpx.AsyncHTTPTransport` would ignore `HTTP_PROXY`/`HTTPS_PROXY`/`ALL_PROXY`/`NO_PROXY`
and `SSL_CERT_FILE`: httpx applies those in `AsyncClient`, choosing a transport per URL,
and only when the client builds its transports itself. So the pipeline sends through an
`httpx.AsyncClient` instead (`ClientTransport`): one the SDK builds with `trust_env=True`,
`proxy=` and `verify=`, or the caller's own (`http_client=`), whose proxies, certificates,
limits and event hooks then apply. The request is sent as the SDK built it (URL, headers,
token, timeout); the inner client's own `base_url`, `headers` and `auth` are not used.
"""

from __future__ import annotations

import ssl

import httpx

from ._errors import ConfigurationError

__all__ = ["ClientTransport", "network_transport"]


class ClientTransport(httpx.AsyncBaseTransport):
    """An httpx transport that sends through `client` (closing it only when `owned`)."""

    def __init__(self, client: httpx.AsyncClient, *, owned: bool) -> None:
        self._client = client
        self._owned = owned

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        # stream=True: the outer client reads (and decodes) the body, exactly once.
        return await self._client.send(request, stream=True)

    async def aclose(self) -> None:
        if self._owned:
            await self._client.aclose()


def network_transport(
    *,
    transport: httpx.AsyncBaseTransport | None,
    http_client: httpx.AsyncClient | None,
    proxy: str | httpx.Proxy | None,
    verify: ssl.SSLContext | bool,
) -> httpx.AsyncBaseTransport:
    """The transport under the pipeline, from `DixaClient`'s network arguments.

    `transport` (e.g. `httpx.MockTransport`) is used as it is; `http_client` is sent through
    and left open for its owner to close; otherwise an owned client honouring the proxy
    environment variables, `proxy` and `verify`. ConfigurationError for conflicting ones.
    """
    given = [name for name, value in (("transport", transport), ("http_client", http_client))
             if value is not None]  # fmt: skip
    if len(given) > 1:
        raise ConfigurationError("pass transport= or http_client=, not both")
    if given and (proxy is not None or verify is not True):
        raise ConfigurationError(
            f"proxy= and verify= configure the SDK's own connections; with {given[0]}= "
            "set them on that object instead"
        )
    if transport is not None:
        return transport
    if http_client is not None:
        if not isinstance(http_client, httpx.AsyncClient):
            raise ConfigurationError(
                f"http_client must be an httpx.AsyncClient, got {type(http_client).__name__}"
            )
        return ClientTransport(http_client, owned=False)
    return ClientTransport(
        httpx.AsyncClient(proxy=proxy, verify=verify, trust_env=True), owned=True
    )
