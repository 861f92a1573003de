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

from ..models.timestamp_field_type import TimestampFieldType
from ..types import UNSET, Unset, format_datetime, parse_datetime

T = TypeVar("T", bound="TimestampField")


@_attrs_define
class TimestampField:
    """
    Attributes:
        name (str):
        timestamp (datetime.datetime):
        type_ (TimestampFieldType | Unset): Variant tag; always `TimestampField`. Default:
            TimestampFieldType.TIMESTAMPFIELD.
    """

    name: str
    timestamp: datetime.datetime
    type_: TimestampFieldType | Unset = TimestampFieldType.TIMESTAMPFIELD
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "name": "name",
        "timestamp": "timestamp",
        "type_": "_type",
    }

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        timestamp = format_datetime(self.timestamp)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "timestamp": timestamp,
            }
        )
        if type_ is not UNSET:
            field_dict["_type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        name = d.pop("name")

        timestamp = parse_datetime(d.pop("timestamp"))

        _type_ = d.pop("_type", UNSET)
        type_: TimestampFieldType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TimestampFieldType(_type_)

        timestamp_field = cls(
            name=name,
            timestamp=timestamp,
            type_=type_,
        )

        timestamp_field.additional_properties = d
        return timestamp_field

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
