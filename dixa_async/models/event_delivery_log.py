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

if TYPE_CHECKING:
    from ..models.delivery_detail import DeliveryDetail


T = TypeVar("T", bound="EventDeliveryLog")


@_attrs_define
class EventDeliveryLog:
    """
    Attributes:
        delivery_detail (DeliveryDetail):
        payload (str):
    """

    delivery_detail: DeliveryDetail
    payload: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "delivery_detail": "deliveryDetail",
        "payload": "payload",
    }

    def to_dict(self) -> dict[str, Any]:
        delivery_detail = self.delivery_detail.to_dict()

        payload = self.payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deliveryDetail": delivery_detail,
                "payload": payload,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delivery_detail import DeliveryDetail  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        delivery_detail = DeliveryDetail.from_dict(d.pop("deliveryDetail"))

        payload = d.pop("payload")

        event_delivery_log = cls(
            delivery_detail=delivery_detail,
            payload=payload,
        )

        event_delivery_log.additional_properties = d
        return event_delivery_log

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
