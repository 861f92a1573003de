"""`DixaClient`: the one object users create."""

from __future__ import annotations

import copy
import dataclasses
import enum
import os
import ssl
from collections.abc import Awaitable, Callable, Iterable, Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, ParamSpec, Self, TypeVar

import httpx

from dixa_async.client import AuthenticatedClient
from dixa_async.resources import NAMESPACES, Namespaces

from ._call import Caller
from ._config import API_KEY_ENV, DEFAULT_BASE_URL, DEFAULT_TIMEOUT, RateLimit
from ._errors import ConfigurationError
from ._logging import setup_from_env
from ._network import network_transport
from ._options import CallOptions, check_headers, to_timeout
from ._raw import RawResponse, with_raw_response
from ._raw_client import check_base_url, raw_client
from ._retry import DEFAULT_MAX_RETRIES, RetryPolicy
from ._throttle import Limiter, token_fingerprint
from ._transport import AccessPolicy, ClientStats, DixaTransport
from ._version import USER_AGENT
from .exports._config import DEFAULT_EXPORTS_BASE_URL, EXPORTS_RATE_LIMIT, EXPORTS_RETRY
from .exports._handle import ExportsHandle

if TYPE_CHECKING:
    from dixa_async.models.organization_details import OrganizationDetails

    from .exports import Exports
    from .resources import Search, Tags, Webhooks

__all__ = ["DixaClient"]

T = TypeVar("T")
P = ParamSpec("P")


class _Keep(enum.Enum):
    """`with_options` default: keep the view's current setting (None has a meaning there)."""

    KEEP = enum.auto()


KEEP = _Keep.KEEP


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
    `retry` policy; without either, v1 requests retry 4 times and Exports API requests ride
    out at least two minutes of 429s, see `EXPORTS_RETRY`). `timeout` is httpx's, per
    attempt (a number: seconds for each of connect, read, write and pool); `deadline`
    bounds a whole call, retries included, and each export request, its body included.
    `headers` are sent with every request (not `Authorization`: that is `api_key`); every
    request carries `User-Agent: dixa-async/<version> python/<version> httpx/<version>`.

    Network: by default the client honours `HTTP_PROXY`/`HTTPS_PROXY`/`ALL_PROXY`/`NO_PROXY`
    and `SSL_CERT_FILE`/`SSL_CERT_DIR` as httpx does; `proxy=` (URL or `httpx.Proxy`) and
    `verify=` (False, or an `ssl.SSLContext` with your CA) set them explicitly.
    `http_client=` sends through the caller's own `httpx.AsyncClient` (its proxies,
    certificates, limits, event hooks; not its base_url, headers or auth), still inside the
    pipeline; its owner closes it. `transport` replaces the network transport underneath
    instead, e.g. an `httpx.MockTransport` in tests. `limiter` decides where the token's
    budget is kept:
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
        max_retries: int | None = None,
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
        headers: Mapping[str, str] | None = None,
        proxy: str | httpx.Proxy | None = None,
        verify: ssl.SSLContext | bool = True,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        setup_from_env()
        token = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
        if not token or not token.strip():
            raise ConfigurationError(
                f"no Dixa API key: pass api_key=... or set the {API_KEY_ENV} environment "
                "variable (an admin creates one under Settings -> Integrations -> API Tokens)"
            )
        token = token.strip()
        self.base_url = check_base_url(base_url)
        self.read_only = read_only
        self.stats = ClientStats()
        policy = (
            retry
            if retry is not None
            else RetryPolicy(
                max_retries=DEFAULT_MAX_RETRIES if max_retries is None else max_retries
            )
        )
        self._policy = policy
        options = CallOptions(deadline=deadline)  # ValueError for a bad deadline, first
        per_attempt = to_timeout(timeout)
        extra_headers = check_headers(headers)
        network = network_transport(
            transport=transport, http_client=http_client, proxy=proxy, verify=verify
        )
        access = AccessPolicy.build(
            read_only=read_only, operations=allowed_operations, tags=allowed_tags
        )
        pipeline = DixaTransport(
            network,
            fingerprint=token_fingerprint(token),
            rate_limit=rate_limit,
            policy=policy,
            access=access,
            stats=self.stats,
            limiter=limiter,
        )
        self.raw: AuthenticatedClient = raw_client(
            AuthenticatedClient,
            base_url=self.base_url,
            token=token,
            prefix="",  # Dixa wants the bare token: `Authorization: <token>`
            timeout=per_attempt,
            headers={"User-Agent": USER_AGENT, **extra_headers},
            pipeline=pipeline,
        )
        self._runtime: Caller = Caller(self.raw, httpx.URL(self.base_url), options)
        # Built on first use of `exports`; shared by `with_options` views.
        self._exports = ExportsHandle(
            token=token,
            base_url=exports_base_url,
            rate_limit=exports_rate_limit,
            timeout=per_attempt,
            policy=retry
            if retry is not None
            else EXPORTS_RETRY
            if max_retries is None
            else dataclasses.replace(EXPORTS_RETRY, max_retries=max_retries),
            access=access,
            transport=transport,
            http_client=http_client,
            proxy=proxy,
            verify=verify,
            headers={"User-Agent": USER_AGENT, **extra_headers},
            limiter=limiter,
        )
        self.exports_base_url = self._exports.base_url

    @property
    def exports(self) -> Exports:
        """Dixa's Exports API (`exports_base_url`): whole periods of conversations and
        messages, windowed and streamed; paced by `exports_rate_limit` on its own bucket.
        A `with_options(deadline=...)` view bounds each export request by its deadline."""
        return self._exports.get(self._runtime.options.deadline)

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

    def with_options(
        self,
        *,
        deadline: float | _Keep | None = KEEP,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A view of this client whose v1 calls use other options, e.g.
        `await dixa.with_options(timeout=1.0).organization.get()`.

        `deadline`: seconds a whole call may take, retries included (None: none).
        `timeout`: httpx's per-attempt timeout (a number: seconds for each phase); a read
        that times out ends the call with `APITimeoutError` (timeouts are retried only with
        `RetryPolicy(retry_timeouts=True)`). `max_retries`: this many retries under the
        current policy; `retry`: another policy (not both). `headers`: added to every
        request, over the client's and earlier views'. Options left out keep the current
        view's. The view shares the connection pool, limiter, stats and `dixa.exports`
        (whose requests take the view's `deadline`; its other options stay the client's);
        closing either closes both.
        """
        if max_retries is not None and retry is not None:
            raise ValueError("pass max_retries= or retry=, not both")
        current = self._runtime.options
        changes: dict[str, object] = {}
        if not isinstance(deadline, _Keep):
            changes["deadline"] = deadline
        if timeout is not None:
            changes["timeout"] = to_timeout(timeout)
        if retry is not None:
            changes["retry"] = retry
        elif max_retries is not None:
            base = current.retry if current.retry is not None else self._policy
            changes["retry"] = dataclasses.replace(base, max_retries=max_retries)
        if headers:
            changes["headers"] = {**current.headers, **check_headers(headers)}
        view = copy.copy(self)
        for name in NAMESPACES:  # cached namespaces hold the old runtime
            view.__dict__.pop(name, None)
        view._runtime = self._runtime.with_options(current.replace(**changes))
        return view

    async def with_raw_response(
        self, call: Callable[P, Awaitable[T]], /, *args: P.args, **kwargs: P.kwargs
    ) -> RawResponse[T]:
        """`call(*args, **kwargs)`'s value with the `httpx.Response` it came from:
        `raw = await dixa.with_raw_response(dixa.conversations.get, 1000)`, then
        `raw.parsed`, `raw.status_code`, `raw.headers`, `raw.http_response`.

        Errors are raised exactly as by `call` itself; see `dixa_async.with_raw_response`.
        """
        return await with_raw_response(call, *args, **kwargs)

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
