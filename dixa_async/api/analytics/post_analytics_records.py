from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.get_metric_records_data_input_csid_filter import (
    GetMetricRecordsDataInputCsidFilter,
)
from ...models.get_metric_records_data_input_period_filter import (
    GetMetricRecordsDataInputPeriodFilter,
)
from ...models.get_metric_records_data_output import GetMetricRecordsDataOutput
from ...models.server_error import ServerError
from ...models.too_many_requests import TooManyRequests
from ...models.unauthorized import Unauthorized
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: GetMetricRecordsDataInputCsidFilter | GetMetricRecordsDataInputPeriodFilter,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["pageLimit"] = page_limit

    params["pageKey"] = page_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/analytics/records",
        "params": params,
        # The route this request was built for: the client's transport checks that the final
        # URL still fills it (no id may add, drop or climb path segments).
        "extensions": {"dixa_route": "/v1/analytics/records"},
    }

    if isinstance(body, GetMetricRecordsDataInputCsidFilter):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequest
    | GetMetricRecordsDataOutput
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    if response.status_code == 200:
        response_200 = GetMetricRecordsDataOutput.from_dict(response.json())

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
    | GetMetricRecordsDataOutput
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
    body: GetMetricRecordsDataInputCsidFilter | GetMetricRecordsDataInputPeriodFilter,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
) -> Response[
    BadRequest
    | GetMetricRecordsDataOutput
    | ServerError
    | TooManyRequests
    | Unauthorized
]:
    """Query row-level data for a record

     Runs an unaggregated analytics query for one record id and returns individual rows. Paging
    parameters go in the query string; send the same body again with each new pageKey.

    Args:
        page_limit (int | Unset):
        page_key (str | Unset):
        body (GetMetricRecordsDataInputCsidFilter | GetMetricRecordsDataInputPeriodFilter):
            Untagged union: variants are told apart by which fields are present.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | GetMetricRecordsDataOutput | ServerError | TooManyRequests | Unauthorized]
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: GetMetricRecordsDataInputCsidFilter | GetMetricRecordsDataInputPeriodFilter,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
) -> (
    BadRequest
    | GetMetricRecordsDataOutput
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    """Query row-level data for a record

     Runs an unaggregated analytics query for one record id and returns individual rows. Paging
    parameters go in the query string; send the same body again with each new pageKey.

    Args:
        page_limit (int | Unset):
        page_key (str | Unset):
        body (GetMetricRecordsDataInputCsidFilter | GetMetricRecordsDataInputPeriodFilter):
            Untagged union: variants are told apart by which fields are present.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | GetMetricRecordsDataOutput | ServerError | TooManyRequests | Unauthorized
    """

    return sync_detailed(
        client=client,
        body=body,
        page_limit=page_limit,
        page_key=page_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetMetricRecordsDataInputCsidFilter | GetMetricRecordsDataInputPeriodFilter,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
) -> Response[
    BadRequest
    | GetMetricRecordsDataOutput
    | ServerError
    | TooManyRequests
    | Unauthorized
]:
    """Query row-level data for a record

     Runs an unaggregated analytics query for one record id and returns individual rows. Paging
    parameters go in the query string; send the same body again with each new pageKey.

    Args:
        page_limit (int | Unset):
        page_key (str | Unset):
        body (GetMetricRecordsDataInputCsidFilter | GetMetricRecordsDataInputPeriodFilter):
            Untagged union: variants are told apart by which fields are present.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | GetMetricRecordsDataOutput | ServerError | TooManyRequests | Unauthorized]
    """

    kwargs = _get_kwargs(
        body=body,
        page_limit=page_limit,
        page_key=page_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetMetricRecordsDataInputCsidFilter | GetMetricRecordsDataInputPeriodFilter,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
) -> (
    BadRequest
    | GetMetricRecordsDataOutput
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    """Query row-level data for a record

     Runs an unaggregated analytics query for one record id and returns individual rows. Paging
    parameters go in the query string; send the same body again with each new pageKey.

    Args:
        page_limit (int | Unset):
        page_key (str | Unset):
        body (GetMetricRecordsDataInputCsidFilter | GetMetricRecordsDataInputPeriodFilter):
            Untagged union: variants are told apart by which fields are present.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | GetMetricRecordsDataOutput | ServerError | TooManyRequests | Unauthorized
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            page_limit=page_limit,
            page_key=page_key,
        )
    ).parsed
