from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.map_uuid_option_attribute_value import MapUUIDOptionAttributeValue
from ...models.not_found import NotFound
from ...models.patch_end_user_custom_attributes_output import (
    PatchEndUserCustomAttributesOutput,
)
from ...models.too_many_requests import TooManyRequests
from ...models.unauthorized import Unauthorized
from ...types import Response, path_segment


def _get_kwargs(
    user_id: str,
    *,
    body: MapUUIDOptionAttributeValue,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/endusers/{user_id}/custom-attributes".format(
            user_id=path_segment("user_id", user_id),
        ),
        # The route this request was built for: the client's transport checks that the final
        # URL still fills it (no id may add, drop or climb path segments).
        "extensions": {"dixa_route": "/v1/endusers/{user_id}/custom-attributes"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequest
    | NotFound
    | PatchEndUserCustomAttributesOutput
    | TooManyRequests
    | Unauthorized
    | None
):
    if response.status_code == 200:
        response_200 = PatchEndUserCustomAttributesOutput.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BadRequest
    | NotFound
    | PatchEndUserCustomAttributesOutput
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
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MapUUIDOptionAttributeValue,
) -> Response[
    BadRequest
    | NotFound
    | PatchEndUserCustomAttributesOutput
    | TooManyRequests
    | Unauthorized
]:
    """Set custom attributes on an end user

     Updates custom attribute values on an end user and returns the resulting attributes.

    Args:
        user_id (str):
        body (MapUUIDOptionAttributeValue):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | NotFound | PatchEndUserCustomAttributesOutput | TooManyRequests | Unauthorized]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MapUUIDOptionAttributeValue,
) -> (
    BadRequest
    | NotFound
    | PatchEndUserCustomAttributesOutput
    | TooManyRequests
    | Unauthorized
    | None
):
    """Set custom attributes on an end user

     Updates custom attribute values on an end user and returns the resulting attributes.

    Args:
        user_id (str):
        body (MapUUIDOptionAttributeValue):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | NotFound | PatchEndUserCustomAttributesOutput | TooManyRequests | Unauthorized
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MapUUIDOptionAttributeValue,
) -> Response[
    BadRequest
    | NotFound
    | PatchEndUserCustomAttributesOutput
    | TooManyRequests
    | Unauthorized
]:
    """Set custom attributes on an end user

     Updates custom attribute values on an end user and returns the resulting attributes.

    Args:
        user_id (str):
        body (MapUUIDOptionAttributeValue):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | NotFound | PatchEndUserCustomAttributesOutput | TooManyRequests | Unauthorized]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MapUUIDOptionAttributeValue,
) -> (
    BadRequest
    | NotFound
    | PatchEndUserCustomAttributesOutput
    | TooManyRequests
    | Unauthorized
    | None
):
    """Set custom attributes on an end user

     Updates custom attribute values on an end user and returns the resulting attributes.

    Args:
        user_id (str):
        body (MapUUIDOptionAttributeValue):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | NotFound | PatchEndUserCustomAttributesOutput | TooManyRequests | Unauthorized
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
        )
    ).parsed
