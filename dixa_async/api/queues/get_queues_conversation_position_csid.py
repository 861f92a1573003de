from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.get_queued_conversation_position_output import (
    GetQueuedConversationPositionOutput,
)
from ...models.not_found import NotFound
from ...models.server_error import ServerError
from ...models.too_many_requests import TooManyRequests
from ...models.unauthorized import Unauthorized
from ...types import Response, path_segment


def _get_kwargs(
    csid: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/queues/conversation-position/{csid}".format(
            csid=path_segment("csid", csid),
        ),
        # The route this request was built for: the client's transport checks that the final
        # URL still fills it (no id may add, drop or climb path segments).
        "extensions": {"dixa_route": "/v1/queues/conversation-position/{csid}"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequest
    | GetQueuedConversationPositionOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    if response.status_code == 200:
        response_200 = GetQueuedConversationPositionOutput.from_dict(response.json())

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
    | GetQueuedConversationPositionOutput
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
    csid: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    BadRequest
    | GetQueuedConversationPositionOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
]:
    """Position of a queued conversation in its queue

     Approximate position of a queued conversation in the queue it waits in, and when it was queued.
    Called under /v1: docs.dixa.io has a v1 page for this path (getqueuesconversation-positioncsid);
    Dixa's CLI calls /queues/{queueId}/conversations/{id}/position instead, a path no Dixa documentation
    shows.

    Args:
        csid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | GetQueuedConversationPositionOutput | NotFound | ServerError | TooManyRequests | Unauthorized]
    """

    kwargs = _get_kwargs(
        csid=csid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    csid: int,
    *,
    client: AuthenticatedClient | Client,
) -> (
    BadRequest
    | GetQueuedConversationPositionOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    """Position of a queued conversation in its queue

     Approximate position of a queued conversation in the queue it waits in, and when it was queued.
    Called under /v1: docs.dixa.io has a v1 page for this path (getqueuesconversation-positioncsid);
    Dixa's CLI calls /queues/{queueId}/conversations/{id}/position instead, a path no Dixa documentation
    shows.

    Args:
        csid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | GetQueuedConversationPositionOutput | NotFound | ServerError | TooManyRequests | Unauthorized
    """

    return sync_detailed(
        csid=csid,
        client=client,
    ).parsed


async def asyncio_detailed(
    csid: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    BadRequest
    | GetQueuedConversationPositionOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
]:
    """Position of a queued conversation in its queue

     Approximate position of a queued conversation in the queue it waits in, and when it was queued.
    Called under /v1: docs.dixa.io has a v1 page for this path (getqueuesconversation-positioncsid);
    Dixa's CLI calls /queues/{queueId}/conversations/{id}/position instead, a path no Dixa documentation
    shows.

    Args:
        csid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | GetQueuedConversationPositionOutput | NotFound | ServerError | TooManyRequests | Unauthorized]
    """

    kwargs = _get_kwargs(
        csid=csid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    csid: int,
    *,
    client: AuthenticatedClient | Client,
) -> (
    BadRequest
    | GetQueuedConversationPositionOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    """Position of a queued conversation in its queue

     Approximate position of a queued conversation in the queue it waits in, and when it was queued.
    Called under /v1: docs.dixa.io has a v1 page for this path (getqueuesconversation-positioncsid);
    Dixa's CLI calls /queues/{queueId}/conversations/{id}/position instead, a path no Dixa documentation
    shows.

    Args:
        csid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | GetQueuedConversationPositionOutput | NotFound | ServerError | TooManyRequests | Unauthorized
    """

    return (
        await asyncio_detailed(
            csid=csid,
            client=client,
        )
    ).parsed
