from __future__ import annotations

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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basic_auth import BasicAuth
    from ..models.map_string import MapString
    from ..models.map_webhook_event_type_filters import MapWebhookEventTypeFilters
    from ..models.no_auth import NoAuth
    from ..models.token_auth import TokenAuth


T = TypeVar("T", bound="CreateWebhookSubscriptionInput")


@_attrs_define
class CreateWebhookSubscriptionInput:
    """
    Attributes:
        authorization (BasicAuth | NoAuth | TokenAuth): One of several variants, told apart by `_type`.
        custom_headers (MapString):
        name (str):
        url (str):
        enabled (bool | Unset):
        events (list[WebhookEventName] | Unset):
        filters (MapWebhookEventTypeFilters | Unset):
    """

    authorization: BasicAuth | NoAuth | TokenAuth
    custom_headers: MapString
    name: str
    url: str
    enabled: bool | Unset = UNSET
    events: list[WebhookEventName] | Unset = UNSET
    filters: MapWebhookEventTypeFilters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "authorization": "authorization",
        "custom_headers": "customHeaders",
        "name": "name",
        "url": "url",
        "enabled": "enabled",
        "events": "events",
        "filters": "filters",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.basic_auth import BasicAuth  # noqa: PLC0415
        from ..models.no_auth import NoAuth  # noqa: PLC0415

        authorization: dict[str, Any]
        if isinstance(self.authorization, BasicAuth):
            authorization = self.authorization.to_dict()
        elif isinstance(self.authorization, NoAuth):
            authorization = self.authorization.to_dict()
        else:
            authorization = self.authorization.to_dict()

        custom_headers = self.custom_headers.to_dict()

        name = self.name

        url = self.url

        enabled = self.enabled

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.value
                events.append(events_item)

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authorization": authorization,
                "customHeaders": custom_headers,
                "name": name,
                "url": url,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if events is not UNSET:
            field_dict["events"] = events
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basic_auth import BasicAuth  # noqa: PLC0415
        from ..models.map_string import MapString  # noqa: PLC0415
        from ..models.map_webhook_event_type_filters import MapWebhookEventTypeFilters  # noqa: PLC0415
        from ..models.no_auth import NoAuth  # noqa: PLC0415
        from ..models.token_auth import TokenAuth  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}

        def _parse_authorization(data: object) -> BasicAuth | NoAuth | TokenAuth:
            if isinstance(data, dict):
                type_tag = data.get("_type")
                if type_tag == "BasicAuth":
                    componentsschemas_webhook_authorization_type_0 = (
                        BasicAuth.from_dict(data)
                    )

                    return componentsschemas_webhook_authorization_type_0
                if type_tag == "NoAuth":
                    componentsschemas_webhook_authorization_type_1 = NoAuth.from_dict(
                        data
                    )

                    return componentsschemas_webhook_authorization_type_1
                if type_tag == "TokenAuth":
                    componentsschemas_webhook_authorization_type_2 = (
                        TokenAuth.from_dict(data)
                    )

                    return componentsschemas_webhook_authorization_type_2
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_webhook_authorization_type_0 = BasicAuth.from_dict(
                    data
                )

                return componentsschemas_webhook_authorization_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_webhook_authorization_type_1 = NoAuth.from_dict(data)

                return componentsschemas_webhook_authorization_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_webhook_authorization_type_2 = TokenAuth.from_dict(data)

            return componentsschemas_webhook_authorization_type_2

        authorization = _parse_authorization(d.pop("authorization"))

        custom_headers = MapString.from_dict(d.pop("customHeaders"))

        name = d.pop("name")

        url = d.pop("url")

        enabled = d.pop("enabled", UNSET)

        _events = d.pop("events", UNSET)
        events: list[WebhookEventName] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = WebhookEventName(events_item_data)

                events.append(events_item)

        _filters = d.pop("filters", UNSET)
        filters: MapWebhookEventTypeFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = MapWebhookEventTypeFilters.from_dict(_filters)

        create_webhook_subscription_input = cls(
            authorization=authorization,
            custom_headers=custom_headers,
            name=name,
            url=url,
            enabled=enabled,
            events=events,
            filters=filters,
        )

        create_webhook_subscription_input.additional_properties = d
        return create_webhook_subscription_input

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
