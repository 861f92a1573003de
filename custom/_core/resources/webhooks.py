"""`dixa.webhooks`, extended: event names as plain strings, plain header/filter mappings,
and `ensure` (find the subscription for a URL or create it)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import overload

from dixa_async.models.basic_auth import BasicAuth
from dixa_async.models.combined_filters import CombinedFilters
from dixa_async.models.create_webhook_subscription_input import CreateWebhookSubscriptionInput
from dixa_async.models.event_delivery_log import EventDeliveryLog
from dixa_async.models.map_string import MapString
from dixa_async.models.map_webhook_event_type_filters import MapWebhookEventTypeFilters
from dixa_async.models.no_auth import NoAuth
from dixa_async.models.patch_webhook_subscription_input import PatchWebhookSubscriptionInput
from dixa_async.models.token_auth import TokenAuth
from dixa_async.models.webhook_event_name import WebhookEventName
from dixa_async.models.webhook_subscription import WebhookSubscription
from dixa_async.resources import webhooks
from dixa_async.types import Unset

__all__ = ["Webhooks"]

_Authorization = BasicAuth | TokenAuth | NoAuth
_Filters = MapWebhookEventTypeFilters | Mapping[str, CombinedFilters]


@overload
def _headers(custom_headers: Mapping[str, str] | MapString) -> MapString: ...
@overload
def _headers(custom_headers: None) -> None: ...
def _headers(custom_headers: Mapping[str, str] | MapString | None) -> MapString | None:
    if custom_headers is None or isinstance(custom_headers, MapString):
        return custom_headers
    return MapString.from_dict(dict(custom_headers))


def _filters(filters: _Filters | None) -> MapWebhookEventTypeFilters | None:
    if filters is None or isinstance(filters, MapWebhookEventTypeFilters):
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


class Webhooks(webhooks.Webhooks):
    """Subscriptions that make Dixa POST signed events to a URL.

    Event names are the PascalCase subscription names ("ConversationNoteAdded"); the members
    of `dixa_async.webhooks.WebhookEventName` are such strings. Names this SDK does not
    know are sent as given (Dixa adds events over time); the server decides if they are valid.
    `authorization` is a generated `BasicAuth(username=, password=)`, `TokenAuth(value=)` or
    `NoAuth()` model; Dixa turns it into the `Authorization` header of each delivery.
    """

    __slots__ = ()

    @overload
    async def create(
        self,
        *,
        name: str,
        url: str,
        authorization: _Authorization | None = None,
        custom_headers: Mapping[str, str] | MapString | None = None,
        enabled: bool | None = None,
        events: Iterable[str] | None = None,
        filters: _Filters | None = None,
    ) -> WebhookSubscription: ...

    @overload
    async def create(self, *, body: CreateWebhookSubscriptionInput) -> WebhookSubscription: ...

    async def create(
        self,
        *,
        name: str | None = None,
        url: str | None = None,
        authorization: _Authorization | None = None,
        custom_headers: Mapping[str, str] | MapString | None = None,
        enabled: bool | None = None,
        events: Iterable[str] | None = None,
        filters: _Filters | None = None,
        body: CreateWebhookSubscriptionInput | None = None,
    ) -> WebhookSubscription:
        """Create a subscription: pass `name` and `url` (plus options) or a ready `body`.

        Always creates, even when a subscription for `url` exists (see `ensure`). Defaults:
        no authorization, no custom headers, Dixa's default for `enabled` (on), no filters.
        The result's `secret_key` is the hex secret that signs every delivery.

        Raises TypeError: neither `body` nor both `name` and `url`, or `body` mixed with fields.
        """
        fields = {
            "name": name,
            "url": url,
            "authorization": authorization,
            "custom_headers": custom_headers,
            "enabled": enabled,
            "events": events,
            "filters": filters,
        }
        if body is not None:
            if given := sorted(key for key, value in fields.items() if value is not None):
                raise TypeError(
                    f"webhooks.create() takes body= or the body's fields ({', '.join(given)}), "
                    "not both"
                )
            return await super().create(body=body)
        if name is None or url is None:
            raise TypeError("webhooks.create needs name= and url=, or body=")
        return await super().create(
            authorization=NoAuth() if authorization is None else authorization,
            custom_headers=_headers({} if custom_headers is None else custom_headers),
            name=name,
            url=url,
            enabled=enabled,
            events=None if events is None else [WebhookEventName(e) for e in _names(events)],
            filters=_filters(filters),
        )

    async def update(
        self,
        webhook_subscription_id: str,
        *,
        authorization: _Authorization | None = None,
        custom_headers: Mapping[str, str] | MapString | None = None,
        enabled: bool | None = None,
        events: Iterable[str] | None = None,
        filters: _Filters | None = None,
        name: str | None = None,
        url: str | None = None,
        body: PatchWebhookSubscriptionInput | None = None,
    ) -> WebhookSubscription:
        """Partially update the subscription: only the fields given (not None) are sent.

        `events` replaces the whole event list. The delivery headers come from
        `authorization` and `custom_headers` together, so pass both when changing either.
        The secret key does not change. Pass `body` instead of fields for full control.

        Raises TypeError: `body` mixed with fields.
        """
        return await super().update(
            webhook_subscription_id,
            authorization=authorization,
            custom_headers=_headers(custom_headers),
            enabled=enabled,
            events=None if events is None else [WebhookEventName(e) for e in _names(events)],
            filters=_filters(filters),
            name=name,
            url=url,
            body=body,
        )

    async def delivery_logs(
        self, webhook_subscription_id: str, event: str
    ) -> list[EventDeliveryLog]:
        """Recent deliveries of one event ("ConversationNoteAdded", or a `WebhookEventName`)
        of the subscription, each with its outcome and the delivered JSON as a string."""
        return await super().delivery_logs(webhook_subscription_id, WebhookEventName(event))

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

        Raises APIStatusError (and the other errors of `list`/`create`/`update`).
        """
        wanted = _names(events)
        matches = [s for s in await self.list() if s.url == url]
        if not matches:
            return await self.create(
                name=name,
                url=url,
                events=wanted,
                authorization=authorization,
                custom_headers=custom_headers,
                enabled=enabled,
                filters=filters,
            )
        found = min(matches, key=lambda s: s.created_at)
        if not update:
            return found
        changes = PatchWebhookSubscriptionInput()
        if found.name != name:
            changes.name = name
        if _event_names(found) != set(wanted):
            changes.events = [WebhookEventName(e) for e in wanted]
        if enabled is not None and found.enabled != enabled:
            changes.enabled = enabled
        if not changes.to_dict():
            return found
        return await self.update(found.id, body=changes)
