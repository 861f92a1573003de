from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.server_error import ServerError
from ...models.too_many_requests import TooManyRequests
from ...models.unauthorized import Unauthorized
from ...models.user_presence import UserPresence
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/agents/presence",
        # The route this request was built for: the client's transport checks that the final
        # URL still fills it (no id may add, drop or climb path segments).
        "extensions": {"dixa_route": "/v1/agents/presence"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequest
    | ServerError
    | TooManyRequests
    | Unauthorized
    | list[UserPresence]
    | None
):
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = UserPresence.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = BadRequest.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Unauthorized.from_dict(response.json())

        return response_401

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
    BadRequest | ServerError | TooManyRequests | Unauthorized | list[UserPresence]
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
) -> Response[
    BadRequest | ServerError | TooManyRequests | Unauthorized | list[UserPresence]
]:
    """List presence of all agents

     Returns the current presence of every agent and admin in the organization. The response is a bare
    JSON array with no data envelope.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | ServerError | TooManyRequests | Unauthorized | list[UserPresence]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> (
    BadRequest
    | ServerError
    | TooManyRequests
    | Unauthorized
    | list[UserPresence]
    | None
):
    """List presence of all agents

     Returns the current presence of every agent and admin in the organization. The response is a bare
    JSON array with no data envelope.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | ServerError | TooManyRequests | Unauthorized | list[UserPresence]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    BadRequest | ServerError | TooManyRequests | Unauthorized | list[UserPresence]
]:
    """List presence of all agents

     Returns the current presence of every agent and admin in the organization. The response is a bare
    JSON array with no data envelope.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | ServerError | TooManyRequests | Unauthorized | list[UserPresence]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> (
    BadRequest
    | ServerError
    | TooManyRequests
    | Unauthorized
    | list[UserPresence]
    | None
):
    """List presence of all agents

     Returns the current presence of every agent and admin in the organization. The response is a bare
    JSON array with no data envelope.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | ServerError | TooManyRequests | Unauthorized | list[UserPresence]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
