from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_name import WebhookEventName
from ..types import UNSET, Unset, format_datetime, parse_datetime

if TYPE_CHECKING:
    from ..models.map_webhook_event_type_filters import MapWebhookEventTypeFilters
    from ..models.webhook_headers_map_string_string import WebhookHeadersMapStringString


T = TypeVar("T", bound="WebhookSubscription")


@_attrs_define
class WebhookSubscription:
    """
    Attributes:
        created_at (datetime.datetime):
        created_by (str): UUID. Kept as a plain string: Dixa's own examples contain ids that are not valid UUIDs.
        enabled (bool):
        headers (WebhookHeadersMapStringString):
        id (str): UUID. Kept as a plain string: Dixa's own examples contain ids that are not valid UUIDs.
        name (str):
        secret_key (str):
        updated_at (datetime.datetime):
        updated_by (str): UUID. Kept as a plain string: Dixa's own examples contain ids that are not valid UUIDs.
        url (str):
        filters (MapWebhookEventTypeFilters | Unset):
        subscribed_events (list[WebhookEventName] | Unset):
    """

    created_at: datetime.datetime
    created_by: str
    enabled: bool
    headers: WebhookHeadersMapStringString
    id: str
    name: str
    secret_key: str
    updated_at: datetime.datetime
    updated_by: str
    url: str
    filters: MapWebhookEventTypeFilters | Unset = UNSET
    subscribed_events: list[WebhookEventName] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "created_at": "createdAt",
        "created_by": "createdBy",
        "enabled": "enabled",
        "headers": "headers",
        "id": "id",
        "name": "name",
        "secret_key": "secretKey",
        "updated_at": "updatedAt",
        "updated_by": "updatedBy",
        "url": "url",
        "filters": "filters",
        "subscribed_events": "subscribedEvents",
    }

    def to_dict(self) -> dict[str, Any]:
        created_at = format_datetime(self.created_at)

        created_by = self.created_by

        enabled = self.enabled

        headers = self.headers.to_dict()

        id = self.id

        name = self.name

        secret_key = self.secret_key

        updated_at = format_datetime(self.updated_at)

        updated_by = self.updated_by

        url = self.url

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        subscribed_events: list[str] | Unset = UNSET
        if not isinstance(self.subscribed_events, Unset):
            subscribed_events = []
            for subscribed_events_item_data in self.subscribed_events:
                subscribed_events_item = subscribed_events_item_data.value
                subscribed_events.append(subscribed_events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "createdBy": created_by,
                "enabled": enabled,
                "headers": headers,
                "id": id,
                "name": name,
                "secretKey": secret_key,
                "updatedAt": updated_at,
                "updatedBy": updated_by,
                "url": url,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters
        if subscribed_events is not UNSET:
            field_dict["subscribedEvents"] = subscribed_events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.map_webhook_event_type_filters import MapWebhookEventTypeFilters  # noqa: PLC0415
        from ..models.webhook_headers_map_string_string import (
            WebhookHeadersMapStringString,  # noqa: PLC0415
        )

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        created_at = parse_datetime(d.pop("createdAt"))

        created_by = d.pop("createdBy")

        enabled = d.pop("enabled")

        headers = WebhookHeadersMapStringString.from_dict(d.pop("headers"))

        id = d.pop("id")

        name = d.pop("name")

        secret_key = d.pop("secretKey")

        updated_at = parse_datetime(d.pop("updatedAt"))

        updated_by = d.pop("updatedBy")

        url = d.pop("url")

        _filters = d.pop("filters", UNSET)
        filters: MapWebhookEventTypeFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = MapWebhookEventTypeFilters.from_dict(_filters)

        _subscribed_events = d.pop("subscribedEvents", UNSET)
        subscribed_events: list[WebhookEventName] | Unset = UNSET
        if _subscribed_events is not UNSET:
            subscribed_events = []
            for subscribed_events_item_data in _subscribed_events:
                subscribed_events_item = WebhookEventName(subscribed_events_item_data)

                subscribed_events.append(subscribed_events_item)

        webhook_subscription = cls(
            created_at=created_at,
            created_by=created_by,
            enabled=enabled,
            headers=headers,
            id=id,
            name=name,
            secret_key=secret_key,
            updated_at=updated_at,
            updated_by=updated_by,
            url=url,
            filters=filters,
            subscribed_events=subscribed_events,
        )

        webhook_subscription.additional_properties = d
        return webhook_subscription

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
