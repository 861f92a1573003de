"""`DixaClient`: the one object users create."""

from __future__ import annotations

import os
from collections.abc import Iterable
from types import TracebackType
from typing import Self

import httpx

from dixa_async.client import AuthenticatedClient
from dixa_async.models import OrganizationDetails

from ._config import API_KEY_ENV, DEFAULT_BASE_URL, DEFAULT_TIMEOUT, RateLimit
from ._errors import ConfigurationError
from ._retry import DEFAULT_MAX_RETRIES, RetryPolicy
from ._throttle import token_fingerprint
from ._transport import AccessPolicy, ClientStats, DixaTransport
from .resources.agents import Agents
from .resources.analytics import Analytics
from .resources.anonymization import Anonymization
from .resources.business_hours import BusinessHours
from .resources.contact_endpoints import ContactEndpoints
from .resources.conversations import Conversations
from .resources.custom_attributes import CustomAttributes
from .resources.end_users import EndUsers
from .resources.internal_notes import InternalNotes
from .resources.messages import Messages
from .resources.organization import Organization
from .resources.queues import Queues
from .resources.ratings import Ratings
from .resources.search import Search
from .resources.tags import Tags
from .resources.teams import Teams
from .resources.webhooks import Webhooks

__all__ = ["DixaClient"]


class _RawClient(AuthenticatedClient):
    """The generated client, minus the token in its repr (attrs would print it)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"AuthenticatedClient(base_url={self._base_url!r}, token=<redacted>)"


class DixaClient:
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
    `httpx.MockTransport` in tests.

    Raises ConfigurationError when no API key is given or found in `DIXA_API_KEY`.
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
        pipeline = DixaTransport(
            transport if transport is not None else httpx.AsyncHTTPTransport(),
            fingerprint=token_fingerprint(token),
            rate_limit=rate_limit,
            policy=policy,
            access=AccessPolicy.build(
                read_only=read_only, operations=allowed_operations, tags=allowed_tags
            ),
            stats=self.stats,
        )
        self.raw: AuthenticatedClient = _RawClient(
            base_url=self.base_url,
            token=token,
            prefix="",  # Dixa wants the bare token: `Authorization: <token>`
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            httpx_args={"transport": pipeline},
        )
        raw, root = self.raw, httpx.URL(self.base_url)
        self.agents = Agents(raw, root)
        self.end_users = EndUsers(raw, root)
        self.conversations = Conversations(raw, root)
        self.messages = Messages(raw, root)
        self.internal_notes = InternalNotes(raw, root)
        self.ratings = Ratings(raw, root)
        self.tags = Tags(raw, root)
        self.teams = Teams(raw, root)
        self.queues = Queues(raw, root)
        self.custom_attributes = CustomAttributes(raw, root)
        self.analytics = Analytics(raw, root)
        self.webhooks = Webhooks(raw, root)
        self.contact_endpoints = ContactEndpoints(raw, root)
        self.business_hours = BusinessHours(raw, root)
        self.organization = Organization(raw, root)
        self.anonymization = Anonymization(raw, root)
        self.search = Search(raw, root)

    def __repr__(self) -> str:
        mode = ", read_only=True" if self.read_only else ""
        return f"DixaClient(base_url={self.base_url!r}{mode})"

    async def verify(self) -> OrganizationDetails:
        """Check the token with one cheap call and return the organization it belongs to.

        Raises AuthenticationError (401) for a wrong or revoked token.
        """
        return (await self.organization.get()).data

    async def aclose(self) -> None:
        """Close the connection pool. The client cannot be used afterwards."""
        await self.raw.get_async_httpx_client().aclose()

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
