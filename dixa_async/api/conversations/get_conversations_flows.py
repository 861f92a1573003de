from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.get_conversations_flows_channel import GetConversationsFlowsChannel
from ...models.list_flows_output import ListFlowsOutput
from ...models.server_error import ServerError
from ...models.too_many_requests import TooManyRequests
from ...models.unauthorized import Unauthorized
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    channel: GetConversationsFlowsChannel | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_channel: str | Unset = UNSET
    if not isinstance(channel, Unset):
        json_channel = channel.value

    params["channel"] = json_channel

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/conversations/flows",
        "params": params,
        # The route this request was built for: the client's transport checks that the final
        # URL still fills it (no id may add, drop or climb path segments).
        "extensions": {"dixa_route": "/v1/conversations/flows"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | ListFlowsOutput | ServerError | TooManyRequests | Unauthorized | None:
    if response.status_code == 200:
        response_200 = ListFlowsOutput.from_dict(response.json())

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
    BadRequest | ListFlowsOutput | ServerError | TooManyRequests | Unauthorized
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
    channel: GetConversationsFlowsChannel | Unset = UNSET,
) -> Response[
    BadRequest | ListFlowsOutput | ServerError | TooManyRequests | Unauthorized
]:
    """List conversation flows

     Returns the organization's conversation flows for one channel; PstnPhone is used when no channel is
    given.

    Args:
        channel (GetConversationsFlowsChannel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | ListFlowsOutput | ServerError | TooManyRequests | Unauthorized]
    """

    kwargs = _get_kwargs(
        channel=channel,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    channel: GetConversationsFlowsChannel | Unset = UNSET,
) -> BadRequest | ListFlowsOutput | ServerError | TooManyRequests | Unauthorized | None:
    """List conversation flows

     Returns the organization's conversation flows for one channel; PstnPhone is used when no channel is
    given.

    Args:
        channel (GetConversationsFlowsChannel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | ListFlowsOutput | ServerError | TooManyRequests | Unauthorized
    """

    return sync_detailed(
        client=client,
        channel=channel,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    channel: GetConversationsFlowsChannel | Unset = UNSET,
) -> Response[
    BadRequest | ListFlowsOutput | ServerError | TooManyRequests | Unauthorized
]:
    """List conversation flows

     Returns the organization's conversation flows for one channel; PstnPhone is used when no channel is
    given.

    Args:
        channel (GetConversationsFlowsChannel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | ListFlowsOutput | ServerError | TooManyRequests | Unauthorized]
    """

    kwargs = _get_kwargs(
        channel=channel,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    channel: GetConversationsFlowsChannel | Unset = UNSET,
) -> BadRequest | ListFlowsOutput | ServerError | TooManyRequests | Unauthorized | None:
    """List conversation flows

     Returns the organization's conversation flows for one channel; PstnPhone is used when no channel is
    given.

    Args:
        channel (GetConversationsFlowsChannel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | ListFlowsOutput | ServerError | TooManyRequests | Unauthorized
    """

    return (
        await asyncio_detailed(
            client=client,
            channel=channel,
        )
    ).parsed
