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

from ..models.interval_type import IntervalType
from ..types import format_datetime, parse_datetime

T = TypeVar("T", bound="Interval")


@_attrs_define
class Interval:
    """
    Attributes:
        type_ (IntervalType): Variant tag; always `Interval`. Default: IntervalType.INTERVAL.
        end (datetime.datetime):
        start (datetime.datetime):
    """

    end: datetime.datetime
    start: datetime.datetime
    type_: IntervalType = IntervalType.INTERVAL
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "end": "end",
        "start": "start",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        end = format_datetime(self.end)

        start = format_datetime(self.start)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "end": end,
                "start": start,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = IntervalType(d.pop("_type"))

        end = parse_datetime(d.pop("end"))

        start = parse_datetime(d.pop("start"))

        interval = cls(
            type_=type_,
            end=end,
            start=start,
        )

        interval.additional_properties = d
        return interval

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
