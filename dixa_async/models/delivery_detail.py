from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_detail_type import DeliveryDetailType
from ..types import UNSET, Unset, format_datetime, parse_datetime

T = TypeVar("T", bound="DeliveryDetail")


@_attrs_define
class DeliveryDetail:
    """
    Attributes:
        delivery_timestamp (datetime.datetime):
        response_code (int):
        response_text (str):
        success (bool):
        type_ (DeliveryDetailType | Unset): Variant tag; always `DeliveryDetail`. Default:
            DeliveryDetailType.DELIVERYDETAIL.
    """

    delivery_timestamp: datetime.datetime
    response_code: int
    response_text: str
    success: bool
    type_: DeliveryDetailType | Unset = DeliveryDetailType.DELIVERYDETAIL
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "delivery_timestamp": "deliveryTimestamp",
        "response_code": "responseCode",
        "response_text": "responseText",
        "success": "success",
        "type_": "_type",
    }

    def to_dict(self) -> dict[str, Any]:
        delivery_timestamp = format_datetime(self.delivery_timestamp)

        response_code = self.response_code

        response_text = self.response_text

        success = self.success

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deliveryTimestamp": delivery_timestamp,
                "responseCode": response_code,
                "responseText": response_text,
                "success": success,
            }
        )
        if type_ is not UNSET:
            field_dict["_type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        delivery_timestamp = parse_datetime(d.pop("deliveryTimestamp"))

        response_code = d.pop("responseCode")

        response_text = d.pop("responseText")

        success = d.pop("success")

        _type_ = d.pop("_type", UNSET)
        type_: DeliveryDetailType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DeliveryDetailType(_type_)

        delivery_detail = cls(
            delivery_timestamp=delivery_timestamp,
            response_code=response_code,
            response_text=response_text,
            success=success,
            type_=type_,
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
