import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.get_business_open_status_output import GetBusinessOpenStatusOutput
from ...models.server_error import ServerError
from ...models.too_many_requests import TooManyRequests
from ...models.unauthorized import Unauthorized
from ...types import UNSET, Response, Unset, format_datetime, path_segment


def _get_kwargs(
    schedule_id: str,
    *,
    timestamp: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_timestamp: str | Unset = UNSET
    if not isinstance(timestamp, Unset):
        json_timestamp = format_datetime(timestamp)
    params["timestamp"] = json_timestamp

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/business-hours/schedules/{schedule_id}/status".format(
            schedule_id=path_segment("schedule_id", schedule_id),
        ),
        "params": params,
        # The route this request was built for: the client's transport checks that the final
        # URL still fills it (no id may add, drop or climb path segments).
        "extensions": {
            "dixa_route": "/v1/business-hours/schedules/{schedule_id}/status"
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequest
    | GetBusinessOpenStatusOutput
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    if response.status_code == 200:
        response_200 = GetBusinessOpenStatusOutput.from_dict(response.json())

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
    BadRequest
    | GetBusinessOpenStatusOutput
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
    schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
    timestamp: datetime.datetime | Unset = UNSET,
) -> Response[
    BadRequest
    | GetBusinessOpenStatusOutput
    | ServerError
    | TooManyRequests
    | Unauthorized
]:
    """Check if a schedule is open

     Tells whether a business-hours schedule is open right now, or at the given time.

    Args:
        schedule_id (str):
        timestamp (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | GetBusinessOpenStatusOutput | ServerError | TooManyRequests | Unauthorized]
    """

    kwargs = _get_kwargs(
        schedule_id=schedule_id,
        timestamp=timestamp,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
    timestamp: datetime.datetime | Unset = UNSET,
) -> (
    BadRequest
    | GetBusinessOpenStatusOutput
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    """Check if a schedule is open

     Tells whether a business-hours schedule is open right now, or at the given time.

    Args:
        schedule_id (str):
        timestamp (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | GetBusinessOpenStatusOutput | ServerError | TooManyRequests | Unauthorized
    """

    return sync_detailed(
        schedule_id=schedule_id,
        client=client,
        timestamp=timestamp,
    ).parsed


async def asyncio_detailed(
    schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
    timestamp: datetime.datetime | Unset = UNSET,
) -> Response[
    BadRequest
    | GetBusinessOpenStatusOutput
    | ServerError
    | TooManyRequests
    | Unauthorized
]:
    """Check if a schedule is open

     Tells whether a business-hours schedule is open right now, or at the given time.

    Args:
        schedule_id (str):
        timestamp (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | GetBusinessOpenStatusOutput | ServerError | TooManyRequests | Unauthorized]
    """

    kwargs = _get_kwargs(
        schedule_id=schedule_id,
        timestamp=timestamp,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
    timestamp: datetime.datetime | Unset = UNSET,
) -> (
    BadRequest
    | GetBusinessOpenStatusOutput
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    """Check if a schedule is open

     Tells whether a business-hours schedule is open right now, or at the given time.

    Args:
        schedule_id (str):
        timestamp (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | GetBusinessOpenStatusOutput | ServerError | TooManyRequests | Unauthorized
    """

    return (
        await asyncio_detailed(
            schedule_id=schedule_id,
            client=client,
            timestamp=timestamp,
        )
    ).parsed
