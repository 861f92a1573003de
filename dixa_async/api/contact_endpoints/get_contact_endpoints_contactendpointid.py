from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.get_contact_point_by_id_output import GetContactPointByIdOutput
from ...models.not_found import NotFound
from ...models.too_many_requests import TooManyRequests
from ...models.unauthorized import Unauthorized
from ...types import Response, path_segment


def _get_kwargs(
    contact_endpoint_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/contact-endpoints/{contact_endpoint_id}".format(
            contact_endpoint_id=path_segment(
                "contact_endpoint_id", contact_endpoint_id
            ),
        ),
        # The route this request was built for: the client's transport checks that the final
        # URL still fills it (no id may add, drop or climb path segments).
        "extensions": {"dixa_route": "/v1/contact-endpoints/{contact_endpoint_id}"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequest
    | GetContactPointByIdOutput
    | NotFound
    | TooManyRequests
    | Unauthorized
    | None
):
    if response.status_code == 200:
        response_200 = GetContactPointByIdOutput.from_dict(response.json())

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
    BadRequest | GetContactPointByIdOutput | NotFound | TooManyRequests | Unauthorized
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contact_endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    BadRequest | GetContactPointByIdOutput | NotFound | TooManyRequests | Unauthorized
]:
    """Get a contact endpoint

     Fetches one contact endpoint, i.e. an email address or phone number the organization is reached on.

    Args:
        contact_endpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | GetContactPointByIdOutput | NotFound | TooManyRequests | Unauthorized]
    """

    kwargs = _get_kwargs(
        contact_endpoint_id=contact_endpoint_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contact_endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    BadRequest
    | GetContactPointByIdOutput
    | NotFound
    | TooManyRequests
    | Unauthorized
    | None
):
    """Get a contact endpoint

     Fetches one contact endpoint, i.e. an email address or phone number the organization is reached on.

    Args:
        contact_endpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | GetContactPointByIdOutput | NotFound | TooManyRequests | Unauthorized
    """

    return sync_detailed(
        contact_endpoint_id=contact_endpoint_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    contact_endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    BadRequest | GetContactPointByIdOutput | NotFound | TooManyRequests | Unauthorized
]:
    """Get a contact endpoint

     Fetches one contact endpoint, i.e. an email address or phone number the organization is reached on.

    Args:
        contact_endpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | GetContactPointByIdOutput | NotFound | TooManyRequests | Unauthorized]
    """

    kwargs = _get_kwargs(
        contact_endpoint_id=contact_endpoint_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    BadRequest
    | GetContactPointByIdOutput
    | NotFound
    | TooManyRequests
    | Unauthorized
    | None
):
    """Get a contact endpoint

     Fetches one contact endpoint, i.e. an email address or phone number the organization is reached on.

    Args:
        contact_endpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | GetContactPointByIdOutput | NotFound | TooManyRequests | Unauthorized
    """

    return (
        await asyncio_detailed(
            contact_endpoint_id=contact_endpoint_id,
            client=client,
        )
    ).parsed
