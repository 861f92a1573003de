import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.list_activity_log_output import ListActivityLogOutput
from ...models.server_error import ServerError
from ...models.too_many_requests import TooManyRequests
from ...models.unauthorized import Unauthorized
from ...types import UNSET, Response, Unset, format_datetime


def _get_kwargs(
    *,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
    from_datetime: datetime.datetime | Unset = UNSET,
    to_datetime: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageLimit"] = page_limit

    params["pageKey"] = page_key

    json_from_datetime: str | Unset = UNSET
    if not isinstance(from_datetime, Unset):
        json_from_datetime = format_datetime(from_datetime)
    params["fromDatetime"] = json_from_datetime

    json_to_datetime: str | Unset = UNSET
    if not isinstance(to_datetime, Unset):
        json_to_datetime = format_datetime(to_datetime)
    params["toDatetime"] = json_to_datetime

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/conversations/activitylog",
        "params": params,
        # The route this request was built for: the client's transport checks that the final
        # URL still fills it (no id may add, drop or climb path segments).
        "extensions": {"dixa_route": "/v1/conversations/activitylog"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequest
    | ListActivityLogOutput
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    if response.status_code == 200:
        response_200 = ListActivityLogOutput.from_dict(response.json())

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
    BadRequest | ListActivityLogOutput | ServerError | TooManyRequests | Unauthorized
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
    from_datetime: datetime.datetime | Unset = UNSET,
    to_datetime: datetime.datetime | Unset = UNSET,
) -> Response[
    BadRequest | ListActivityLogOutput | ServerError | TooManyRequests | Unauthorized
]:
    """List the organization activity log

     Returns conversation activity log entries for the whole organization, optionally limited to a time
    window. Paged: pass pageLimit/pageKey and follow meta.next until it is absent.

    Args:
        page_limit (int | Unset):
        page_key (str | Unset):
        from_datetime (datetime.datetime | Unset):
        to_datetime (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | ListActivityLogOutput | ServerError | TooManyRequests | Unauthorized]
    """

    kwargs = _get_kwargs(
        page_limit=page_limit,
        page_key=page_key,
        from_datetime=from_datetime,
        to_datetime=to_datetime,
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
    from_datetime: datetime.datetime | Unset = UNSET,
    to_datetime: datetime.datetime | Unset = UNSET,
) -> (
    BadRequest
    | ListActivityLogOutput
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    """List the organization activity log

     Returns conversation activity log entries for the whole organization, optionally limited to a time
    window. Paged: pass pageLimit/pageKey and follow meta.next until it is absent.

    Args:
        page_limit (int | Unset):
        page_key (str | Unset):
        from_datetime (datetime.datetime | Unset):
        to_datetime (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | ListActivityLogOutput | ServerError | TooManyRequests | Unauthorized
    """

    return sync_detailed(
        client=client,
        page_limit=page_limit,
        page_key=page_key,
        from_datetime=from_datetime,
        to_datetime=to_datetime,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
    from_datetime: datetime.datetime | Unset = UNSET,
    to_datetime: datetime.datetime | Unset = UNSET,
) -> Response[
    BadRequest | ListActivityLogOutput | ServerError | TooManyRequests | Unauthorized
]:
    """List the organization activity log

     Returns conversation activity log entries for the whole organization, optionally limited to a time
    window. Paged: pass pageLimit/pageKey and follow meta.next until it is absent.

    Args:
        page_limit (int | Unset):
        page_key (str | Unset):
        from_datetime (datetime.datetime | Unset):
        to_datetime (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | ListActivityLogOutput | ServerError | TooManyRequests | Unauthorized]
    """

    kwargs = _get_kwargs(
        page_limit=page_limit,
        page_key=page_key,
        from_datetime=from_datetime,
        to_datetime=to_datetime,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
    from_datetime: datetime.datetime | Unset = UNSET,
    to_datetime: datetime.datetime | Unset = UNSET,
) -> (
    BadRequest
    | ListActivityLogOutput
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    """List the organization activity log

     Returns conversation activity log entries for the whole organization, optionally limited to a time
    window. Paged: pass pageLimit/pageKey and follow meta.next until it is absent.

    Args:
        page_limit (int | Unset):
        page_key (str | Unset):
        from_datetime (datetime.datetime | Unset):
        to_datetime (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | ListActivityLogOutput | ServerError | TooManyRequests | Unauthorized
    """

    return (
        await asyncio_detailed(
            client=client,
            page_limit=page_limit,
            page_key=page_key,
            from_datetime=from_datetime,
            to_datetime=to_datetime,
        )
    ).parsed
