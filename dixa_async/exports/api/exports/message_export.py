from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.export_error import ExportError
from ...models.exported_message import ExportedMessage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    updated_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    closed_after: str | Unset = UNSET,
    closed_before: str | Unset = UNSET,
    last_message_created_after: str | Unset = UNSET,
    last_message_created_before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["created_after"] = created_after

    params["created_before"] = created_before

    params["updated_after"] = updated_after

    params["updated_before"] = updated_before

    params["closed_after"] = closed_after

    params["closed_before"] = closed_before

    params["last_message_created_after"] = last_message_created_after

    params["last_message_created_before"] = last_message_created_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/message_export",
        "params": params,
        # The route this request was built for: the client's transport checks that the final
        # URL still fills it (no id may add, drop or climb path segments).
        "extensions": {"dixa_route": "/v1/message_export"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExportError | list[ExportedMessage] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ExportedMessage.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = ExportError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ExportError.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ExportError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ExportError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ExportError | list[ExportedMessage]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    updated_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    closed_after: str | Unset = UNSET,
    closed_before: str | Unset = UNSET,
    last_message_created_after: str | Unset = UNSET,
    last_message_created_before: str | Unset = UNSET,
) -> Response[ExportError | list[ExportedMessage]]:
    """Export messages

     Returns the messages selected by the filters as one JSON array, streamed, without pagination. Every
    pair needs both bounds and may span at most 31 days. Internal notes are not included. Dixa's
    reference describes every filter here as a filter on conversations ("Filter for conversations
    created after this date"): whether `created_*` selects messages by their own creation time or by
    their conversation's is not settled, see the API description.

    Args:
        created_after (str | Unset):  Example: 2022-01-01.
        created_before (str | Unset):  Example: 1646151737080.
        updated_after (str | Unset):
        updated_before (str | Unset):
        closed_after (str | Unset):
        closed_before (str | Unset):
        last_message_created_after (str | Unset):
        last_message_created_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportError | list[ExportedMessage]]
    """

    kwargs = _get_kwargs(
        created_after=created_after,
        created_before=created_before,
        updated_after=updated_after,
        updated_before=updated_before,
        closed_after=closed_after,
        closed_before=closed_before,
        last_message_created_after=last_message_created_after,
        last_message_created_before=last_message_created_before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    updated_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    closed_after: str | Unset = UNSET,
    closed_before: str | Unset = UNSET,
    last_message_created_after: str | Unset = UNSET,
    last_message_created_before: str | Unset = UNSET,
) -> ExportError | list[ExportedMessage] | None:
    """Export messages

     Returns the messages selected by the filters as one JSON array, streamed, without pagination. Every
    pair needs both bounds and may span at most 31 days. Internal notes are not included. Dixa's
    reference describes every filter here as a filter on conversations ("Filter for conversations
    created after this date"): whether `created_*` selects messages by their own creation time or by
    their conversation's is not settled, see the API description.

    Args:
        created_after (str | Unset):  Example: 2022-01-01.
        created_before (str | Unset):  Example: 1646151737080.
        updated_after (str | Unset):
        updated_before (str | Unset):
        closed_after (str | Unset):
        closed_before (str | Unset):
        last_message_created_after (str | Unset):
        last_message_created_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportError | list[ExportedMessage]
    """

    return sync_detailed(
        client=client,
        created_after=created_after,
        created_before=created_before,
        updated_after=updated_after,
        updated_before=updated_before,
        closed_after=closed_after,
        closed_before=closed_before,
        last_message_created_after=last_message_created_after,
        last_message_created_before=last_message_created_before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    updated_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    closed_after: str | Unset = UNSET,
    closed_before: str | Unset = UNSET,
    last_message_created_after: str | Unset = UNSET,
    last_message_created_before: str | Unset = UNSET,
) -> Response[ExportError | list[ExportedMessage]]:
    """Export messages

     Returns the messages selected by the filters as one JSON array, streamed, without pagination. Every
    pair needs both bounds and may span at most 31 days. Internal notes are not included. Dixa's
    reference describes every filter here as a filter on conversations ("Filter for conversations
    created after this date"): whether `created_*` selects messages by their own creation time or by
    their conversation's is not settled, see the API description.

    Args:
        created_after (str | Unset):  Example: 2022-01-01.
        created_before (str | Unset):  Example: 1646151737080.
        updated_after (str | Unset):
        updated_before (str | Unset):
        closed_after (str | Unset):
        closed_before (str | Unset):
        last_message_created_after (str | Unset):
        last_message_created_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportError | list[ExportedMessage]]
    """

    kwargs = _get_kwargs(
        created_after=created_after,
        created_before=created_before,
        updated_after=updated_after,
        updated_before=updated_before,
        closed_after=closed_after,
        closed_before=closed_before,
        last_message_created_after=last_message_created_after,
        last_message_created_before=last_message_created_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    updated_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    closed_after: str | Unset = UNSET,
    closed_before: str | Unset = UNSET,
    last_message_created_after: str | Unset = UNSET,
    last_message_created_before: str | Unset = UNSET,
) -> ExportError | list[ExportedMessage] | None:
    """Export messages

     Returns the messages selected by the filters as one JSON array, streamed, without pagination. Every
    pair needs both bounds and may span at most 31 days. Internal notes are not included. Dixa's
    reference describes every filter here as a filter on conversations ("Filter for conversations
    created after this date"): whether `created_*` selects messages by their own creation time or by
    their conversation's is not settled, see the API description.

    Args:
        created_after (str | Unset):  Example: 2022-01-01.
        created_before (str | Unset):  Example: 1646151737080.
        updated_after (str | Unset):
        updated_before (str | Unset):
        closed_after (str | Unset):
        closed_before (str | Unset):
        last_message_created_after (str | Unset):
        last_message_created_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportError | list[ExportedMessage]
    """

    return (
        await asyncio_detailed(
            client=client,
            created_after=created_after,
            created_before=created_before,
            updated_after=updated_after,
            updated_before=updated_before,
            closed_after=closed_after,
            closed_before=closed_before,
            last_message_created_after=last_message_created_after,
            last_message_created_before=last_message_created_before,
        )
    ).parsed
