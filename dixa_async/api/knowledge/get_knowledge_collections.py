from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.list_knowledge_collections_output import ListKnowledgeCollectionsOutput
from ...models.not_found import NotFound
from ...models.server_error import ServerError
from ...models.too_many_requests import TooManyRequests
from ...models.unauthorized import Unauthorized
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageLimit"] = page_limit

    params["pageKey"] = page_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/beta/knowledge/collections",
        "params": params,
        # The route this request was built for: the client's transport checks that the final
        # URL still fills it (no id may add, drop or climb path segments).
        "extensions": {"dixa_route": "/beta/knowledge/collections"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequest
    | ListKnowledgeCollectionsOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    if response.status_code == 200:
        response_200 = ListKnowledgeCollectionsOutput.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequest.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Unauthorized.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = NotFound.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = TooManyRequests.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ServerError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BadRequest
    | ListKnowledgeCollectionsOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
) -> Response[
    BadRequest
    | ListKnowledgeCollectionsOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
]:
    """List knowledge collections

     Lists the knowledge collections of the organization. Paged: pass pageLimit/pageKey and follow
    meta.next until it is absent.

    Args:
        page_limit (int | Unset):
        page_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | ListKnowledgeCollectionsOutput | NotFound | ServerError | TooManyRequests | Unauthorized]
    """

    kwargs = _get_kwargs(
        page_limit=page_limit,
        page_key=page_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
) -> (
    BadRequest
    | ListKnowledgeCollectionsOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    """List knowledge collections

     Lists the knowledge collections of the organization. Paged: pass pageLimit/pageKey and follow
    meta.next until it is absent.

    Args:
        page_limit (int | Unset):
        page_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | ListKnowledgeCollectionsOutput | NotFound | ServerError | TooManyRequests | Unauthorized
    """

    return sync_detailed(
        client=client,
        page_limit=page_limit,
        page_key=page_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
) -> Response[
    BadRequest
    | ListKnowledgeCollectionsOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
]:
    """List knowledge collections

     Lists the knowledge collections of the organization. Paged: pass pageLimit/pageKey and follow
    meta.next until it is absent.

    Args:
        page_limit (int | Unset):
        page_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | ListKnowledgeCollectionsOutput | NotFound | ServerError | TooManyRequests | Unauthorized]
    """

    kwargs = _get_kwargs(
        page_limit=page_limit,
        page_key=page_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
) -> (
    BadRequest
    | ListKnowledgeCollectionsOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    """List knowledge collections

     Lists the knowledge collections of the organization. Paged: pass pageLimit/pageKey and follow
    meta.next until it is absent.

    Args:
        page_limit (int | Unset):
        page_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | ListKnowledgeCollectionsOutput | NotFound | ServerError | TooManyRequests | Unauthorized
    """

    return (
        await asyncio_detailed(
            client=client,
            page_limit=page_limit,
            page_key=page_key,
        )
    ).parsed
