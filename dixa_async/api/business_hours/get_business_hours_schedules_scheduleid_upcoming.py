from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.get_upcoming_business_hours_schedule_output import (
    GetUpcomingBusinessHoursScheduleOutput,
)
from ...models.not_found import NotFound
from ...models.server_error import ServerError
from ...models.too_many_requests import TooManyRequests
from ...models.unauthorized import Unauthorized
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    schedule_id: str,
    *,
    days: int | Unset = 7,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["days"] = days

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/beta/business-hours/schedules/{schedule_id}/upcoming".format(
            schedule_id=path_segment("schedule_id", schedule_id),
        ),
        "params": params,
        # The route this request was built for: the client's transport checks that the final
        # URL still fills it (no id may add, drop or climb path segments).
        "extensions": {
            "dixa_route": "/beta/business-hours/schedules/{schedule_id}/upcoming"
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequest
    | GetUpcomingBusinessHoursScheduleOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    if response.status_code == 200:
        response_200 = GetUpcomingBusinessHoursScheduleOutput.from_dict(response.json())

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
    | GetUpcomingBusinessHoursScheduleOutput
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
    schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
    days: int | Unset = 7,
) -> Response[
    BadRequest
    | GetUpcomingBusinessHoursScheduleOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
]:
    """Upcoming opening periods of a schedule

     The opening periods of a business-hours schedule for the coming days (1 to 90, default 7),
    exceptions and holidays applied.

    Args:
        schedule_id (str):
        days (int | Unset):  Default: 7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | GetUpcomingBusinessHoursScheduleOutput | NotFound | ServerError | TooManyRequests | Unauthorized]
    """

    kwargs = _get_kwargs(
        schedule_id=schedule_id,
        days=days,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
    days: int | Unset = 7,
) -> (
    BadRequest
    | GetUpcomingBusinessHoursScheduleOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    """Upcoming opening periods of a schedule

     The opening periods of a business-hours schedule for the coming days (1 to 90, default 7),
    exceptions and holidays applied.

    Args:
        schedule_id (str):
        days (int | Unset):  Default: 7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | GetUpcomingBusinessHoursScheduleOutput | NotFound | ServerError | TooManyRequests | Unauthorized
    """

    return sync_detailed(
        schedule_id=schedule_id,
        client=client,
        days=days,
    ).parsed


async def asyncio_detailed(
    schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
    days: int | Unset = 7,
) -> Response[
    BadRequest
    | GetUpcomingBusinessHoursScheduleOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
]:
    """Upcoming opening periods of a schedule

     The opening periods of a business-hours schedule for the coming days (1 to 90, default 7),
    exceptions and holidays applied.

    Args:
        schedule_id (str):
        days (int | Unset):  Default: 7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | GetUpcomingBusinessHoursScheduleOutput | NotFound | ServerError | TooManyRequests | Unauthorized]
    """

    kwargs = _get_kwargs(
        schedule_id=schedule_id,
        days=days,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
    days: int | Unset = 7,
) -> (
    BadRequest
    | GetUpcomingBusinessHoursScheduleOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    """Upcoming opening periods of a schedule

     The opening periods of a business-hours schedule for the coming days (1 to 90, default 7),
    exceptions and holidays applied.

    Args:
        schedule_id (str):
        days (int | Unset):  Default: 7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | GetUpcomingBusinessHoursScheduleOutput | NotFound | ServerError | TooManyRequests | Unauthorized
    """

    return (
        await asyncio_detailed(
            schedule_id=schedule_id,
            client=client,
            days=days,
        )
    ).parsed
