from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_detail_type import DeliveryDetailType

T = TypeVar("T", bound="DeliveryDetail")


@_attrs_define
class DeliveryDetail:
    """
    Attributes:
        type_ (DeliveryDetailType): Variant tag; always `DeliveryDetail`. Default: DeliveryDetailType.DELIVERYDETAIL.
        delivery_timestamp (str):
        response_code (int):
        response_text (str):
        success (bool):
    """

    delivery_timestamp: str
    response_code: int
    response_text: str
    success: bool
    type_: DeliveryDetailType = DeliveryDetailType.DELIVERYDETAIL
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        delivery_timestamp = self.delivery_timestamp

        response_code = self.response_code

        response_text = self.response_text

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "deliveryTimestamp": delivery_timestamp,
                "responseCode": response_code,
                "responseText": response_text,
                "success": success,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = DeliveryDetailType(d.pop("_type"))

        delivery_timestamp = d.pop("deliveryTimestamp")

        response_code = d.pop("responseCode")

        response_text = d.pop("responseText")

        success = d.pop("success")

        delivery_detail = cls(
            type_=type_,
            delivery_timestamp=delivery_timestamp,
            response_code=response_code,
            response_text=response_text,
            success=success,
        )

        delivery_detail.additional_properties = d
        return delivery_detail

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
