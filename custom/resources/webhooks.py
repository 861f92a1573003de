"""`dixa.webhooks`: webhook subscriptions and their delivery logs."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from dixa_async.api.webhooks import (
    delete_webhooks_webhooksubscriptionid,
    get_webhooks,
    get_webhooks_webhooksubscriptionid,
    get_webhooks_webhooksubscriptionid_delivery_status,
    get_webhooks_webhooksubscriptionid_delivery_status_logs_event,
    patch_webhooks_webhooksubscriptionid,
    post_webhooks,
)
from dixa_async.models import (
    BasicAuth,
    CombinedFilters,
    CreateWebhookSubscriptionInput,
    CreateWebhookSubscriptionInputEventsItem,
    CreateWebhookSubscriptionOutput,
    GetWebhookEventDeliveryLogsOutput,
    GetWebhookLastDeliveryStatusOutput,
    GetWebhookSubscriptionOutput,
    GetWebhooksWebhooksubscriptionidDeliveryStatusLogsEventEvent,
    ListWebhookSubscriptionsEndpointOutput,
    MapString,
    MapWebhookEventTypeFilters,
    NoAuth,
    PatchWebhookSubscriptionInput,
    PatchWebhookSubscriptionInputEventsItem,
    PatchWebhookSubscriptionOutput,
    TokenAuth,
    WebhookSubscription,
)
from dixa_async.types import UNSET, Unset

from .._call import call, call_empty
from ._base import Resource, opt, require_confirm

__all__ = ["Webhooks"]

_Authorization = BasicAuth | TokenAuth | NoAuth
_Filters = MapWebhookEventTypeFilters | Mapping[str, CombinedFilters]


def _headers(custom_headers: Mapping[str, str]) -> MapString:
    return MapString.from_dict(dict(custom_headers))


def _filters(filters: _Filters) -> MapWebhookEventTypeFilters:
    if isinstance(filters, MapWebhookEventTypeFilters):
        return filters
    table = MapWebhookEventTypeFilters()
    table.additional_properties = dict(filters)
    return table


def _names(events: Iterable[str]) -> list[str]:
    # A lone string is iterable too; sending its characters as event names is never meant.
    if isinstance(events, str):
        raise TypeError("events must be a list of event names, not a single string")
    return [str(e) for e in events]


def _event_names(subscription: WebhookSubscription) -> set[str]:
    events = subscription.subscribed_events
    return set() if isinstance(events, Unset) else {str(e) for e in events}


class Webhooks(Resource):
    """Subscriptions that make Dixa POST signed events to a URL.

    Event names are the PascalCase subscription names ("ConversationNoteAdded"); the members
    of `dixa_async.custom.webhooks.WebhookEventName` are such strings. Names this SDK does not
    know are sent as given (Dixa adds events over time); the server decides if they are valid.
    `authorization` is a generated `BasicAuth(username=, password=)`, `TokenAuth(value=)` or
    `NoAuth()` model; Dixa turns it into the `Authorization` header of each delivery.
    """

    __slots__ = ()

    async def list(self) -> ListWebhookSubscriptionsEndpointOutput:
        """Every subscription of the organization (not paged), with its `secret_key`."""
        return await call(
            get_webhooks.asyncio_detailed,
            ListWebhookSubscriptionsEndpointOutput,
            client=self._client,
        )

    async def get(self, webhook_subscription_id: str) -> GetWebhookSubscriptionOutput:
        return await call(
            get_webhooks_webhooksubscriptionid.asyncio_detailed,
            GetWebhookSubscriptionOutput,
            webhook_subscription_id,
            client=self._client,
        )

    async def create(
        self,
        *,
        name: str | None = None,
        url: str | None = None,
        events: Iterable[str] | None = None,
        authorization: _Authorization | None = None,
        custom_headers: Mapping[str, str] | None = None,
        enabled: bool | None = None,
        filters: _Filters | None = None,
        body: CreateWebhookSubscriptionInput | None = None,
    ) -> CreateWebhookSubscriptionOutput:
        """Create a subscription: pass `name` and `url` (plus options) or a ready `body`.

        Always creates, even when a subscription for `url` exists (see `ensure`). Defaults:
        no authorization, no custom headers, Dixa's default for `enabled` (on), no filters.
        The result's `data.secret_key` is the hex secret that signs every delivery.

        Raises:
            TypeError: neither `body` nor both `name` and `url`, or `body` mixed with fields.
        """
        fields = (events, authorization, custom_headers, enabled, filters)
        if body is None:
            if name is None or url is None:
                raise TypeError("webhooks.create needs name= and url=, or body=")
            body = CreateWebhookSubscriptionInput(
                name=name,
                url=url,
                events=UNSET
                if events is None
                else [CreateWebhookSubscriptionInputEventsItem(e) for e in _names(events)],
                authorization=NoAuth() if authorization is None else authorization,
                custom_headers=_headers(custom_headers or {}),
                enabled=opt(enabled),
                filters=UNSET if filters is None else _filters(filters),
            )
        elif name is not None or url is not None or any(f is not None for f in fields):
            raise TypeError("webhooks.create takes body= or fields, not both")
        return await call(
            post_webhooks.asyncio_detailed,
            CreateWebhookSubscriptionOutput,
            client=self._client,
            body=body,
        )

    async def update(
        self,
        webhook_subscription_id: str,
        *,
        name: str | None = None,
        url: str | None = None,
        events: Iterable[str] | None = None,
        authorization: _Authorization | None = None,
        custom_headers: Mapping[str, str] | None = None,
        enabled: bool | None = None,
        filters: _Filters | None = None,
        body: PatchWebhookSubscriptionInput | None = None,
    ) -> PatchWebhookSubscriptionOutput:
        """Partially update the subscription: only the fields given (not None) are sent.

        `events` replaces the whole event list. The delivery headers come from
        `authorization` and `custom_headers` together, so pass both when changing either.
        The secret key does not change. Pass `body` instead of fields for full control.

        Raises:
            TypeError: `body` mixed with fields.
        """
        fields = (name, url, events, authorization, custom_headers, enabled, filters)
        if body is None:
            body = PatchWebhookSubscriptionInput(
                name=opt(name),
                url=opt(url),
                events=UNSET
                if events is None
                else [PatchWebhookSubscriptionInputEventsItem(e) for e in _names(events)],
                authorization=opt(authorization),
                custom_headers=UNSET if custom_headers is None else _headers(custom_headers),
                enabled=opt(enabled),
                filters=UNSET if filters is None else _filters(filters),
            )
        elif any(f is not None for f in fields):
            raise TypeError("webhooks.update takes body= or fields, not both")
        return await call(
            patch_webhooks_webhooksubscriptionid.asyncio_detailed,
            PatchWebhookSubscriptionOutput,
            webhook_subscription_id,
            client=self._client,
            body=body,
        )

    async def ensure(
        self,
        *,
        name: str,
        url: str,
        events: Iterable[str],
        authorization: _Authorization | None = None,
        custom_headers: Mapping[str, str] | None = None,
        enabled: bool | None = None,
        filters: _Filters | None = None,
        update: bool = True,
    ) -> WebhookSubscription:
        """The subscription delivering to `url`, created only if none exists (idempotent).

        Lists the subscriptions and looks for one whose `url` equals `url` exactly (no
        normalisation: a trailing slash or different case makes another URL).

        * None found: creates one with all the given fields and returns it.
        * Found (the oldest by `created_at` if there are several): returns it without creating.
          With `update=True` (default) its `name`, event set and, when given, `enabled` are
          patched to match if they differ (one PATCH, only the differing fields; the event
          order does not matter). `authorization`, `custom_headers` and `filters` are used
          only when creating (Dixa does not return them in a comparable form); change them
          with `update`. With `update=False` the existing subscription is returned as is.

        The secret key of an existing subscription is kept, so receivers stay valid. Not
        atomic: two `ensure` calls racing for the same new URL (in one process or several)
        can both create; call it once at deploy time or under your own lock.

        Raises:
            APIStatusError (and the other errors of `list`/`create`/`update`).
        """
        wanted = _names(events)
        listed = (await self.list()).data
        matches = [] if isinstance(listed, Unset) else [s for s in listed if s.url == url]
        if not matches:
            created = await self.create(
                name=name,
                url=url,
                events=wanted,
                authorization=authorization,
                custom_headers=custom_headers,
                enabled=enabled,
                filters=filters,
            )
            return created.data
        found = min(matches, key=lambda s: s.created_at)
        if not update:
            return found
        changes = PatchWebhookSubscriptionInput()
        if found.name != name:
            changes.name = name
        if _event_names(found) != set(wanted):
            changes.events = [PatchWebhookSubscriptionInputEventsItem(e) for e in wanted]
        if enabled is not None and found.enabled != enabled:
            changes.enabled = enabled
        if not changes.to_dict():
            return found
        return (await self.update(found.id, body=changes)).data

    async def delete(self, webhook_subscription_id: str, *, confirm: bool = False) -> None:
        """Delete the subscription (deliveries stop). Needs confirm=True."""
        require_confirm(confirm, "webhooks.delete")
        await call_empty(
            delete_webhooks_webhooksubscriptionid.asyncio_detailed,
            webhook_subscription_id,
            client=self._client,
        )

    async def delivery_status(
        self, webhook_subscription_id: str
    ) -> GetWebhookLastDeliveryStatusOutput:
        """The last delivery per subscribed event: a `DeliveryDetail` (success, response code
        and text) or `NoRecentDelivery`."""
        return await call(
            get_webhooks_webhooksubscriptionid_delivery_status.asyncio_detailed,
            GetWebhookLastDeliveryStatusOutput,
            webhook_subscription_id,
            client=self._client,
        )

    async def delivery_logs(
        self, webhook_subscription_id: str, event: str
    ) -> GetWebhookEventDeliveryLogsOutput:
        """Recent deliveries of one event ("ConversationNoteAdded") of the subscription, each
        with its outcome and the delivered JSON as a string."""
        return await call(
            get_webhooks_webhooksubscriptionid_delivery_status_logs_event.asyncio_detailed,
            GetWebhookEventDeliveryLogsOutput,
            webhook_subscription_id,
            GetWebhooksWebhooksubscriptionidDeliveryStatusLogsEventEvent(event),
            client=self._client,
        )
