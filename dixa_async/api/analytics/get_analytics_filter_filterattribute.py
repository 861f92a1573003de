from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.get_filter_values_output import GetFilterValuesOutput
from ...models.server_error import ServerError
from ...models.too_many_requests import TooManyRequests
from ...models.unauthorized import Unauthorized
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    filter_attribute: str,
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
        "url": "/v1/analytics/filter/{filter_attribute}".format(
            filter_attribute=path_segment("filter_attribute", filter_attribute),
        ),
        "params": params,
        # The route this request was built for: the client's transport checks that the final
        # URL still fills it (no id may add, drop or climb path segments).
        "extensions": {"dixa_route": "/v1/analytics/filter/{filter_attribute}"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequest
    | GetFilterValuesOutput
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    if response.status_code == 200:
        response_200 = GetFilterValuesOutput.from_dict(response.json())

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
    BadRequest | GetFilterValuesOutput | ServerError | TooManyRequests | Unauthorized
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    filter_attribute: str,
    *,
    client: AuthenticatedClient | Client,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
) -> Response[
    BadRequest | GetFilterValuesOutput | ServerError | TooManyRequests | Unauthorized
]:
    """List values for an analytics filter

     Returns the permitted values of one analytics filter attribute, for use in metric or record queries.
    Paged: pass pageLimit/pageKey and follow meta.next until it is absent.

    Args:
        filter_attribute (str):
        page_limit (int | Unset):
        page_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | GetFilterValuesOutput | ServerError | TooManyRequests | Unauthorized]
    """

    kwargs = _get_kwargs(
        filter_attribute=filter_attribute,
        page_limit=page_limit,
        page_key=page_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    filter_attribute: str,
    *,
    client: AuthenticatedClient | Client,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
) -> (
    BadRequest
    | GetFilterValuesOutput
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    """List values for an analytics filter

     Returns the permitted values of one analytics filter attribute, for use in metric or record queries.
    Paged: pass pageLimit/pageKey and follow meta.next until it is absent.

    Args:
        filter_attribute (str):
        page_limit (int | Unset):
        page_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | GetFilterValuesOutput | ServerError | TooManyRequests | Unauthorized
    """

    return sync_detailed(
        filter_attribute=filter_attribute,
        client=client,
        page_limit=page_limit,
        page_key=page_key,
    ).parsed


async def asyncio_detailed(
    filter_attribute: str,
    *,
    client: AuthenticatedClient | Client,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
) -> Response[
    BadRequest | GetFilterValuesOutput | ServerError | TooManyRequests | Unauthorized
]:
    """List values for an analytics filter

     Returns the permitted values of one analytics filter attribute, for use in metric or record queries.
    Paged: pass pageLimit/pageKey and follow meta.next until it is absent.

    Args:
        filter_attribute (str):
        page_limit (int | Unset):
        page_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | GetFilterValuesOutput | ServerError | TooManyRequests | Unauthorized]
    """

    kwargs = _get_kwargs(
        filter_attribute=filter_attribute,
        page_limit=page_limit,
        page_key=page_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    filter_attribute: str,
    *,
    client: AuthenticatedClient | Client,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
) -> (
    BadRequest
    | GetFilterValuesOutput
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    """List values for an analytics filter

     Returns the permitted values of one analytics filter attribute, for use in metric or record queries.
    Paged: pass pageLimit/pageKey and follow meta.next until it is absent.

    Args:
        filter_attribute (str):
        page_limit (int | Unset):
        page_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | GetFilterValuesOutput | ServerError | TooManyRequests | Unauthorized
    """

    return (
        await asyncio_detailed(
            filter_attribute=filter_attribute,
            client=client,
            page_limit=page_limit,
            page_key=page_key,
        )
    ).parsed
