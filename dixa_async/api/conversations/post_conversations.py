from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.callback import Callback
from ...models.chat import Chat
from ...models.contact_form import ContactForm
from ...models.create_conversation_output import CreateConversationOutput
from ...models.email import Email
from ...models.not_found import NotFound
from ...models.server_error import ServerError
from ...models.sms import Sms
from ...models.too_many_requests import TooManyRequests
from ...models.unauthorized import Unauthorized
from ...types import Response


def _get_kwargs(
    *,
    body: Callback | Chat | ContactForm | Email | Sms,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/conversations",
        # The route this request was built for: the client's transport checks that the final
        # URL still fills it (no id may add, drop or climb path segments).
        "extensions": {"dixa_route": "/v1/conversations"},
    }

    if isinstance(body, Callback):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Chat):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ContactForm):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Email):
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
    | CreateConversationOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    if response.status_code == 201:
        response_201 = CreateConversationOutput.from_dict(response.json())

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
    | CreateConversationOutput
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
    *,
    client: AuthenticatedClient | Client,
    body: Callback | Chat | ContactForm | Email | Sms,
) -> Response[
    BadRequest
    | CreateConversationOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
]:
    """Create a conversation

     Starts a new conversation on a given channel and returns its id with status 201.

    Args:
        body (Callback | Chat | ContactForm | Email | Sms): One of several variants, told apart by
            `_type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | CreateConversationOutput | NotFound | ServerError | TooManyRequests | Unauthorized]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: Callback | Chat | ContactForm | Email | Sms,
) -> (
    BadRequest
    | CreateConversationOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    """Create a conversation

     Starts a new conversation on a given channel and returns its id with status 201.

    Args:
        body (Callback | Chat | ContactForm | Email | Sms): One of several variants, told apart by
            `_type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | CreateConversationOutput | NotFound | ServerError | TooManyRequests | Unauthorized
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Callback | Chat | ContactForm | Email | Sms,
) -> Response[
    BadRequest
    | CreateConversationOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
]:
    """Create a conversation

     Starts a new conversation on a given channel and returns its id with status 201.

    Args:
        body (Callback | Chat | ContactForm | Email | Sms): One of several variants, told apart by
            `_type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | CreateConversationOutput | NotFound | ServerError | TooManyRequests | Unauthorized]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Callback | Chat | ContactForm | Email | Sms,
) -> (
    BadRequest
    | CreateConversationOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    """Create a conversation

     Starts a new conversation on a given channel and returns its id with status 201.

    Args:
        body (Callback | Chat | ContactForm | Email | Sms): One of several variants, told apart by
            `_type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | CreateConversationOutput | NotFound | ServerError | TooManyRequests | Unauthorized
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
