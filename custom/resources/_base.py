"""What every resource class shares: the generated client, pager construction, helpers."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

import httpx

from dixa_async.client import AuthenticatedClient
from dixa_async.types import UNSET, Unset

from .._errors import OperationNotAllowedError
from .._pagination import AsyncPager, PagedOutput

__all__ = ["Resource", "opt", "require_confirm"]

T = TypeVar("T")
V = TypeVar("V")


def opt(value: V | None) -> V | Unset:
    """None (the SDK's "not given") as the generated code's UNSET."""
    return UNSET if value is None else value


def require_confirm(confirm: bool, what: str) -> None:
    """Refuse a destructive operation unless the caller passed `confirm=True`."""
    if confirm is not True:
        raise OperationNotAllowedError(f"{what} is destructive: pass confirm=True to run it")


class Resource:
    """Base of the resource namespaces (`dixa.conversations`, `dixa.end_users`, ...)."""

    __slots__ = ("_client", "_origin")

    def __init__(self, client: AuthenticatedClient, origin: httpx.URL) -> None:
        self._client = client
        self._origin = origin

    def _pager(
        self,
        fetch: Callable[[str | None], Awaitable[PagedOutput[T]]],
        *,
        page_key: str | None,
        max_items: int | None,
    ) -> AsyncPager[T]:
        return AsyncPager(fetch, origin=self._origin, page_key=page_key, max_items=max_items)
