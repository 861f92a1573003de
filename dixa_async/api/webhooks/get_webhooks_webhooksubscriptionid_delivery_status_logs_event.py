from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.get_webhook_event_delivery_logs_output import (
    GetWebhookEventDeliveryLogsOutput,
)
from ...models.not_found import NotFound
from ...models.server_error import ServerError
from ...models.too_many_requests import TooManyRequests
from ...models.unauthorized import Unauthorized
from ...models.webhook_event_name import WebhookEventName
from ...types import Response, path_segment


def _get_kwargs(
    webhook_subscription_id: str,
    event: WebhookEventName,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/webhooks/{webhook_subscription_id}/delivery-status/logs/{event}".format(
            webhook_subscription_id=path_segment(
                "webhook_subscription_id", webhook_subscription_id
            ),
            event=path_segment("event", event),
        ),
        # The route this request was built for: the client's transport checks that the final
        # URL still fills it (no id may add, drop or climb path segments).
        "extensions": {
            "dixa_route": "/v1/webhooks/{webhook_subscription_id}/delivery-status/logs/{event}"
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequest
    | GetWebhookEventDeliveryLogsOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    if response.status_code == 200:
        response_200 = GetWebhookEventDeliveryLogsOutput.from_dict(response.json())

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
    | GetWebhookEventDeliveryLogsOutput
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
    webhook_subscription_id: str,
    event: WebhookEventName,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    BadRequest
    | GetWebhookEventDeliveryLogsOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
]:
    """Get webhook delivery logs for an event

     Returns recent delivery attempts for one event of a subscription; each payload is the delivered JSON
    as a string.

    Args:
        webhook_subscription_id (str):
        event (WebhookEventName): A webhook event as named in subscriptions (PascalCase values).
            Each member's name (`x-enum-varnames`) is the `event_fqn` Dixa puts in the payloads of
            that event (UPPER_SNAKE). Only CONVERSATION_CREATED, _PENDING, _NOTE_ADDED,
            _MESSAGE_ADDED, _TAG_ADDED and _RATED are seen in payload examples; the other fqns are
            derived by converting the subscription name to UPPER_SNAKE, and for AGENT_(UN)BANNED_*,
            CONVERSATION_END_USER_REPLACED and SLA_* the exact spelling is uncertain.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | GetWebhookEventDeliveryLogsOutput | NotFound | ServerError | TooManyRequests | Unauthorized]
    """

    kwargs = _get_kwargs(
        webhook_subscription_id=webhook_subscription_id,
        event=event,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    webhook_subscription_id: str,
    event: WebhookEventName,
    *,
    client: AuthenticatedClient | Client,
) -> (
    BadRequest
    | GetWebhookEventDeliveryLogsOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    """Get webhook delivery logs for an event

     Returns recent delivery attempts for one event of a subscription; each payload is the delivered JSON
    as a string.

    Args:
        webhook_subscription_id (str):
        event (WebhookEventName): A webhook event as named in subscriptions (PascalCase values).
            Each member's name (`x-enum-varnames`) is the `event_fqn` Dixa puts in the payloads of
            that event (UPPER_SNAKE). Only CONVERSATION_CREATED, _PENDING, _NOTE_ADDED,
            _MESSAGE_ADDED, _TAG_ADDED and _RATED are seen in payload examples; the other fqns are
            derived by converting the subscription name to UPPER_SNAKE, and for AGENT_(UN)BANNED_*,
            CONVERSATION_END_USER_REPLACED and SLA_* the exact spelling is uncertain.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | GetWebhookEventDeliveryLogsOutput | NotFound | ServerError | TooManyRequests | Unauthorized
    """

    return sync_detailed(
        webhook_subscription_id=webhook_subscription_id,
        event=event,
        client=client,
    ).parsed


async def asyncio_detailed(
    webhook_subscription_id: str,
    event: WebhookEventName,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    BadRequest
    | GetWebhookEventDeliveryLogsOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
]:
    """Get webhook delivery logs for an event

     Returns recent delivery attempts for one event of a subscription; each payload is the delivered JSON
    as a string.

    Args:
        webhook_subscription_id (str):
        event (WebhookEventName): A webhook event as named in subscriptions (PascalCase values).
            Each member's name (`x-enum-varnames`) is the `event_fqn` Dixa puts in the payloads of
            that event (UPPER_SNAKE). Only CONVERSATION_CREATED, _PENDING, _NOTE_ADDED,
            _MESSAGE_ADDED, _TAG_ADDED and _RATED are seen in payload examples; the other fqns are
            derived by converting the subscription name to UPPER_SNAKE, and for AGENT_(UN)BANNED_*,
            CONVERSATION_END_USER_REPLACED and SLA_* the exact spelling is uncertain.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | GetWebhookEventDeliveryLogsOutput | NotFound | ServerError | TooManyRequests | Unauthorized]
    """

    kwargs = _get_kwargs(
        webhook_subscription_id=webhook_subscription_id,
        event=event,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    webhook_subscription_id: str,
    event: WebhookEventName,
    *,
    client: AuthenticatedClient | Client,
) -> (
    BadRequest
    | GetWebhookEventDeliveryLogsOutput
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | None
):
    """Get webhook delivery logs for an event

     Returns recent delivery attempts for one event of a subscription; each payload is the delivered JSON
    as a string.

    Args:
        webhook_subscription_id (str):
        event (WebhookEventName): A webhook event as named in subscriptions (PascalCase values).
            Each member's name (`x-enum-varnames`) is the `event_fqn` Dixa puts in the payloads of
            that event (UPPER_SNAKE). Only CONVERSATION_CREATED, _PENDING, _NOTE_ADDED,
            _MESSAGE_ADDED, _TAG_ADDED and _RATED are seen in payload examples; the other fqns are
            derived by converting the subscription name to UPPER_SNAKE, and for AGENT_(UN)BANNED_*,
            CONVERSATION_END_USER_REPLACED and SLA_* the exact spelling is uncertain.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | GetWebhookEventDeliveryLogsOutput | NotFound | ServerError | TooManyRequests | Unauthorized
    """

    return (
        await asyncio_detailed(
            webhook_subscription_id=webhook_subscription_id,
            event=event,
            client=client,
        )
    ).parsed
