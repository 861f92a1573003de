"""`DixaClient`: the one object users create."""

from __future__ import annotations

import copy
import dataclasses
import os
from collections.abc import Iterable
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Self

import httpx

from dixa_async.client import AuthenticatedClient
from dixa_async.resources import NAMESPACES, Namespaces

from ._call import Caller
from ._config import API_KEY_ENV, DEFAULT_BASE_URL, DEFAULT_TIMEOUT, RateLimit
from ._errors import ConfigurationError
from ._retry import DEFAULT_MAX_RETRIES, RetryPolicy
from ._throttle import Limiter, token_fingerprint
from ._transport import AccessPolicy, ClientStats, DixaTransport
from .exports._config import DEFAULT_EXPORTS_BASE_URL, EXPORTS_RATE_LIMIT, EXPORTS_RETRY
from .exports._handle import ExportsHandle

if TYPE_CHECKING:
    from dixa_async.models.organization_details import OrganizationDetails

    from .exports import Exports
    from .resources import Search, Tags, Webhooks

__all__ = ["DixaClient"]


class _RawClient(AuthenticatedClient):
    """The generated client, minus the token in its repr (attrs would print it)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"AuthenticatedClient(base_url={self._base_url!r}, token=<redacted>)"


class DixaClient(Namespaces):
    """An asyncio client for the Dixa API v1.

    ```python
    async with DixaClient() as dixa:            # token from DIXA_API_KEY
        conversation = await dixa.conversations.get(123)
        async for user in dixa.end_users.list(page_size=100):
            ...
    ```

    Every request, including those made through `raw` (the generated `AuthenticatedClient`),
    passes through one pipeline: the access guard (`read_only`, `allowed_operations`,
    `allowed_tags`), the throttle (`rate_limit`, shared by all clients of the same token in
    the event loop; None disables it) and the retry policy (`max_retries`, or a full
    `retry` policy). `transport` replaces only the network transport underneath, e.g. an
    `httpx.MockTransport` in tests. `limiter` decides where the token's budget is kept:
    by default in this process (`InProcessLimiter`); `limiter=RedisLimiter(url)` (from
    `dixa_async.limits`) shares it with every process using the same Redis.
    `dixa.exports` (Dixa's Exports API) goes through the same access guard, retry policy and
    limiter kind on its own host (`exports_base_url`) and its own rate (`exports_rate_limit`,
    default one request every 6 s; Dixa documents none).

    Raises ConfigurationError when no API key is given or found in `DIXA_API_KEY`, and
    on `async with` (or the first request) when the `limiter` cannot work at all.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry: RetryPolicy | None = None,
        rate_limit: RateLimit | None = RateLimit(),  # noqa: B008 - frozen, safe to share
        transport: httpx.AsyncBaseTransport | None = None,
        read_only: bool = False,
        allowed_operations: Iterable[str] | None = None,
        allowed_tags: Iterable[str] | None = None,
        limiter: Limiter | None = None,
        deadline: float | None = None,
        exports_rate_limit: RateLimit | None = EXPORTS_RATE_LIMIT,
        exports_base_url: str = DEFAULT_EXPORTS_BASE_URL,
    ) -> None:
        token = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
        if not token or not token.strip():
            raise ConfigurationError(
                f"no Dixa API key: pass api_key=... or set the {API_KEY_ENV} environment "
                "variable (an admin creates one under Settings -> Integrations -> API Tokens)"
            )
        token = token.strip()
        origin = httpx.URL(base_url)
        if origin.scheme not in ("http", "https") or not origin.host:
            raise ConfigurationError(f"base_url must be an http(s) URL, got {base_url!r}")
        self.base_url = str(origin).rstrip("/")
        self.read_only = read_only
        self.stats = ClientStats()
        policy = retry if retry is not None else RetryPolicy(max_retries=max_retries)
        access = AccessPolicy.build(
            read_only=read_only, operations=allowed_operations, tags=allowed_tags
        )
        pipeline = DixaTransport(
            transport if transport is not None else httpx.AsyncHTTPTransport(),
            fingerprint=token_fingerprint(token),
            rate_limit=rate_limit,
            policy=policy,
            access=access,
            stats=self.stats,
            limiter=limiter,
        )
        self.raw: AuthenticatedClient = _RawClient(
            base_url=self.base_url,
            token=token,
            prefix="",  # Dixa wants the bare token: `Authorization: <token>`
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            httpx_args={"transport": pipeline},
        )
        self._runtime: Caller = Caller(self.raw, httpx.URL(self.base_url), deadline=deadline)
        # Built on first use of `exports`; shared by `with_options` views.
        self._exports = ExportsHandle(
            token=token,
            base_url=exports_base_url,
            rate_limit=exports_rate_limit,
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            policy=retry
            if retry is not None
            else dataclasses.replace(EXPORTS_RETRY, max_retries=max_retries),
            access=access,
            transport=transport,
            limiter=limiter,
        )

    @property
    def exports(self) -> Exports:
        """Dixa's Exports API (`exports_base_url`): whole periods of conversations and
        messages, windowed and streamed; paced by `exports_rate_limit` on its own bucket."""
        return self._exports.get()

    # The namespaces whose generated class is extended by hand (see `custom/resources`);
    # imported on first use, like the generated ones.
    @cached_property
    def search(self) -> Search:
        """Find conversations by text and structured filters (also with a `Search`)."""
        from .resources import Search

        return Search(self._runtime)

    @cached_property
    def tags(self) -> Tags:
        """Manage tags and attach or detach them on conversations."""
        from .resources import Tags

        return Tags(self._runtime)

    @cached_property
    def webhooks(self) -> Webhooks:
        """Manage webhook subscriptions (event names as strings, `ensure`)."""
        from .resources import Webhooks

        return Webhooks(self._runtime)

    def with_options(self, *, deadline: float | None) -> Self:
        """A view of this client with another overall per-call `deadline` (seconds; None:
        none), e.g. `await dixa.with_options(deadline=5).conversations.get(123)`.

        The view shares the connection pool, limiter, stats and policies; closing either
        closes both.
        """
        view = copy.copy(self)
        for name in NAMESPACES:  # cached namespaces hold the old runtime
            view.__dict__.pop(name, None)
        view._runtime = self._runtime.with_deadline(deadline)
        return view

    def __repr__(self) -> str:
        mode = ", read_only=True" if self.read_only else ""
        return f"DixaClient(base_url={self.base_url!r}{mode})"

    async def verify(self) -> OrganizationDetails:
        """Check the token with one cheap call and return the organization it belongs to.

        Raises AuthenticationError (401) for a wrong or revoked token.
        """
        return await self.organization.get()

    async def aclose(self) -> None:
        """Close the connection pool. The client cannot be used afterwards."""
        await self.raw.get_async_httpx_client().aclose()
        await self._exports.aclose()

    async def __aenter__(self) -> Self:
        await self.raw.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.raw.get_async_httpx_client().__aexit__(exc_type, exc, tb)
        await self._exports.aclose()
