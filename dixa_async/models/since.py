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

from ..models.since_type import SinceType
from ..types import format_datetime, parse_datetime

T = TypeVar("T", bound="Since")


@_attrs_define
class Since:
    """
    Attributes:
        type_ (SinceType): Variant tag; always `Since`. Default: SinceType.SINCE.
        timestamp (datetime.datetime):
    """

    timestamp: datetime.datetime
    type_: SinceType = SinceType.SINCE
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "timestamp": "timestamp",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        timestamp = format_datetime(self.timestamp)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = SinceType(d.pop("_type"))

        timestamp = parse_datetime(d.pop("timestamp"))

        since = cls(
            type_=type_,
            timestamp=timestamp,
        )

        since.additional_properties = d
        return since

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
