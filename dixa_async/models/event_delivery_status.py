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

if TYPE_CHECKING:
    from ..models.delivery_detail import DeliveryDetail
    from ..models.no_recent_delivery import NoRecentDelivery


T = TypeVar("T", bound="EventDeliveryStatus")


@_attrs_define
class EventDeliveryStatus:
    """
    Attributes:
        delivery_status (DeliveryDetail | NoRecentDelivery): One of several variants, told apart by `_type`.
        event (WebhookEventName): A webhook event as named in subscriptions (PascalCase values). Each member's name
            (`x-enum-varnames`) is the `event_fqn` Dixa puts in the payloads of that event (UPPER_SNAKE). Only
            CONVERSATION_CREATED, _PENDING, _NOTE_ADDED, _MESSAGE_ADDED, _TAG_ADDED and _RATED are seen in payload examples;
            the other fqns are derived by converting the subscription name to UPPER_SNAKE, and for AGENT_(UN)BANNED_*,
            CONVERSATION_END_USER_REPLACED and SLA_* the exact spelling is uncertain.
    """

    delivery_status: DeliveryDetail | NoRecentDelivery
    event: WebhookEventName
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "delivery_status": "deliveryStatus",
        "event": "event",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.delivery_detail import DeliveryDetail  # noqa: PLC0415

        delivery_status: dict[str, Any]
        if isinstance(self.delivery_status, DeliveryDetail):
            delivery_status = self.delivery_status.to_dict()
        else:
            delivery_status = self.delivery_status.to_dict()

        event = self.event.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deliveryStatus": delivery_status,
                "event": event,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delivery_detail import DeliveryDetail  # noqa: PLC0415
        from ..models.no_recent_delivery import NoRecentDelivery  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}

        def _parse_delivery_status(data: object) -> DeliveryDetail | NoRecentDelivery:
            if isinstance(data, dict):
                type_tag = data.get("_type")
                if type_tag == "DeliveryDetail":
                    componentsschemas_delivery_status_type_0 = DeliveryDetail.from_dict(
                        data
                    )

                    return componentsschemas_delivery_status_type_0
                if type_tag == "NoRecentDelivery":
                    componentsschemas_delivery_status_type_1 = (
                        NoRecentDelivery.from_dict(data)
                    )

                    return componentsschemas_delivery_status_type_1
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_delivery_status_type_0 = DeliveryDetail.from_dict(
                    data
                )

                return componentsschemas_delivery_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_delivery_status_type_1 = NoRecentDelivery.from_dict(data)

            return componentsschemas_delivery_status_type_1

        delivery_status = _parse_delivery_status(d.pop("deliveryStatus"))

        event = WebhookEventName(d.pop("event"))

        event_delivery_status = cls(
            delivery_status=delivery_status,
            event=event,
        )

        event_delivery_status.additional_properties = d
        return event_delivery_status

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
