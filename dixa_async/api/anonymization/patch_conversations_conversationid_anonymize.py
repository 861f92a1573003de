from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.anonymize_entity_output import AnonymizeEntityOutput
from ...models.bad_request import BadRequest
from ...models.conflict import Conflict
from ...models.not_found import NotFound
from ...models.server_error import ServerError
from ...models.too_many_requests import TooManyRequests
from ...models.unauthorized import Unauthorized
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    conversation_id: int,
    *,
    force: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["force"] = force

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/conversations/{conversation_id}/anonymize".format(
            conversation_id=path_segment("conversation_id", conversation_id),
        ),
        "params": params,
        # The route this request was built for: the client's transport checks that the final
        # URL still fills it (no id may add, drop or climb path segments).
        "extensions": {"dixa_route": "/v1/conversations/{conversation_id}/anonymize"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AnonymizeEntityOutput
    | BadRequest
    | Conflict
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    if response.status_code == 202:
        response_202 = AnonymizeEntityOutput.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = BadRequest.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Unauthorized.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = NotFound.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Conflict.from_dict(response.json())

        return response_409

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
    AnonymizeEntityOutput
    | BadRequest
    | Conflict
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
    force: bool | Unset = False,
) -> Response[
    AnonymizeEntityOutput
    | BadRequest
    | Conflict
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
]:
    """Request anonymization of a conversation

     Queues anonymization of a conversation and returns 202 with the request status; processing is
    asynchronous and irreversible. An open conversation yields 409 unless force is set, which closes it
    first.

    Args:
        conversation_id (int):
        force (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnonymizeEntityOutput | BadRequest | Conflict | NotFound | ServerError | TooManyRequests | Unauthorized]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        force=force,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: int,
    *,
    client: AuthenticatedClient | Client,
    force: bool | Unset = False,
) -> (
    AnonymizeEntityOutput
    | BadRequest
    | Conflict
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    """Request anonymization of a conversation

     Queues anonymization of a conversation and returns 202 with the request status; processing is
    asynchronous and irreversible. An open conversation yields 409 unless force is set, which closes it
    first.

    Args:
        conversation_id (int):
        force (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnonymizeEntityOutput | BadRequest | Conflict | NotFound | ServerError | TooManyRequests | Unauthorized
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        force=force,
    ).parsed


async def asyncio_detailed(
    conversation_id: int,
    *,
    client: AuthenticatedClient | Client,
    force: bool | Unset = False,
) -> Response[
    AnonymizeEntityOutput
    | BadRequest
    | Conflict
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
]:
    """Request anonymization of a conversation

     Queues anonymization of a conversation and returns 202 with the request status; processing is
    asynchronous and irreversible. An open conversation yields 409 unless force is set, which closes it
    first.

    Args:
        conversation_id (int):
        force (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnonymizeEntityOutput | BadRequest | Conflict | NotFound | ServerError | TooManyRequests | Unauthorized]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        force=force,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: int,
    *,
    client: AuthenticatedClient | Client,
    force: bool | Unset = False,
) -> (
    AnonymizeEntityOutput
    | BadRequest
    | Conflict
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    """Request anonymization of a conversation

     Queues anonymization of a conversation and returns 202 with the request status; processing is
    asynchronous and irreversible. An open conversation yields 409 unless force is set, which closes it
    first.

    Args:
        conversation_id (int):
        force (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnonymizeEntityOutput | BadRequest | Conflict | NotFound | ServerError | TooManyRequests | Unauthorized
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            force=force,
        )
    ).parsed
