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

from ..types import UNSET, Unset, format_datetime, parse_datetime

T = TypeVar("T", bound="GetBusinessOpenStatusResult")


@_attrs_define
class GetBusinessOpenStatusResult:
    """
    Attributes:
        is_open (bool):
        timestamp (datetime.datetime):
        closes_at (datetime.datetime | Unset):
        opens_at (datetime.datetime | Unset):
    """

    is_open: bool
    timestamp: datetime.datetime
    closes_at: datetime.datetime | Unset = UNSET
    opens_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "is_open": "isOpen",
        "timestamp": "timestamp",
        "closes_at": "closesAt",
        "opens_at": "opensAt",
    }

    def to_dict(self) -> dict[str, Any]:
        is_open = self.is_open

        timestamp = format_datetime(self.timestamp)

        closes_at: str | Unset = UNSET
        if not isinstance(self.closes_at, Unset):
            closes_at = format_datetime(self.closes_at)

        opens_at: str | Unset = UNSET
        if not isinstance(self.opens_at, Unset):
            opens_at = format_datetime(self.opens_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isOpen": is_open,
                "timestamp": timestamp,
            }
        )
        if closes_at is not UNSET:
            field_dict["closesAt"] = closes_at
        if opens_at is not UNSET:
            field_dict["opensAt"] = opens_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        is_open = d.pop("isOpen")

        timestamp = parse_datetime(d.pop("timestamp"))

        _closes_at = d.pop("closesAt", UNSET)
        closes_at: datetime.datetime | Unset
        if isinstance(_closes_at, Unset):
            closes_at = UNSET
        else:
            closes_at = parse_datetime(_closes_at)

        _opens_at = d.pop("opensAt", UNSET)
        opens_at: datetime.datetime | Unset
        if isinstance(_opens_at, Unset):
            opens_at = UNSET
        else:
            opens_at = parse_datetime(_opens_at)

        get_business_open_status_result = cls(
            is_open=is_open,
            timestamp=timestamp,
            closes_at=closes_at,
            opens_at=opens_at,
        )

        get_business_open_status_result.additional_properties = d
        return get_business_open_status_result

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
