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

from ..models.between_type import BetweenType
from ..types import format_datetime, parse_datetime

T = TypeVar("T", bound="Between")


@_attrs_define
class Between:
    """
    Attributes:
        type_ (BetweenType): Variant tag; always `Between`. Default: BetweenType.BETWEEN.
        timestamp_from (datetime.datetime):
        timestamp_to (datetime.datetime):
    """

    timestamp_from: datetime.datetime
    timestamp_to: datetime.datetime
    type_: BetweenType = BetweenType.BETWEEN
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "timestamp_from": "timestampFrom",
        "timestamp_to": "timestampTo",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        timestamp_from = format_datetime(self.timestamp_from)

        timestamp_to = format_datetime(self.timestamp_to)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "timestampFrom": timestamp_from,
                "timestampTo": timestamp_to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = BetweenType(d.pop("_type"))

        timestamp_from = parse_datetime(d.pop("timestampFrom"))

        timestamp_to = parse_datetime(d.pop("timestampTo"))

        between = cls(
            type_=type_,
            timestamp_from=timestamp_from,
            timestamp_to=timestamp_to,
        )

        between.additional_properties = d
        return between

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
