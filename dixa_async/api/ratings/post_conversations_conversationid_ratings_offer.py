from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.create_rating_offer_input import CreateRatingOfferInput
from ...models.create_rating_offer_output import CreateRatingOfferOutput
from ...models.not_found import NotFound
from ...models.server_error import ServerError
from ...models.too_many_requests import TooManyRequests
from ...models.unauthorized import Unauthorized
from ...types import Response, path_segment


def _get_kwargs(
    conversation_id: int,
    *,
    body: CreateRatingOfferInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/conversations/{conversation_id}/ratings/offer".format(
            conversation_id=path_segment("conversation_id", conversation_id),
        ),
        # The route this request was built for: the client's transport checks that the final
        # URL still fills it (no id may add, drop or climb path segments).
        "extensions": {
            "dixa_route": "/v1/conversations/{conversation_id}/ratings/offer"
        },
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequest
    | CreateRatingOfferOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    if response.status_code == 201:
        response_201 = CreateRatingOfferOutput.from_dict(response.json())

        return response_201

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
    | CreateRatingOfferOutput
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
    conversation_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CreateRatingOfferInput,
) -> Response[
    BadRequest
    | CreateRatingOfferOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
]:
    """Offer a rating

     Creates a rating offer, such as CSAT, NPS or thumbs up/down, on a conversation. Returns 201 with the
    offer, whose id is used to submit the result.

    Args:
        conversation_id (int):
        body (CreateRatingOfferInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | CreateRatingOfferOutput | NotFound | ServerError | TooManyRequests | Unauthorized]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CreateRatingOfferInput,
) -> (
    BadRequest
    | CreateRatingOfferOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    """Offer a rating

     Creates a rating offer, such as CSAT, NPS or thumbs up/down, on a conversation. Returns 201 with the
    offer, whose id is used to submit the result.

    Args:
        conversation_id (int):
        body (CreateRatingOfferInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | CreateRatingOfferOutput | NotFound | ServerError | TooManyRequests | Unauthorized
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    conversation_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CreateRatingOfferInput,
) -> Response[
    BadRequest
    | CreateRatingOfferOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
]:
    """Offer a rating

     Creates a rating offer, such as CSAT, NPS or thumbs up/down, on a conversation. Returns 201 with the
    offer, whose id is used to submit the result.

    Args:
        conversation_id (int):
        body (CreateRatingOfferInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | CreateRatingOfferOutput | NotFound | ServerError | TooManyRequests | Unauthorized]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CreateRatingOfferInput,
) -> (
    BadRequest
    | CreateRatingOfferOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    """Offer a rating

     Creates a rating offer, such as CSAT, NPS or thumbs up/down, on a conversation. Returns 201 with the
    offer, whose id is used to submit the result.

    Args:
        conversation_id (int):
        body (CreateRatingOfferInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | CreateRatingOfferOutput | NotFound | ServerError | TooManyRequests | Unauthorized
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            body=body,
        )
    ).parsed
