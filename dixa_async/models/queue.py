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

T = TypeVar("T", bound="Queue")


@_attrs_define
class Queue:
    """
    Attributes:
        id (str): UUID. Kept as a plain string: Dixa's own examples contain ids that are not valid UUIDs.
        queued_at (datetime.datetime | Unset):
    """

    id: str
    queued_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "queued_at": "queuedAt",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        queued_at: str | Unset = UNSET
        if not isinstance(self.queued_at, Unset):
            queued_at = format_datetime(self.queued_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if queued_at is not UNSET:
            field_dict["queuedAt"] = queued_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        id = d.pop("id")

        _queued_at = d.pop("queuedAt", UNSET)
        queued_at: datetime.datetime | Unset
        if isinstance(_queued_at, Unset):
            queued_at = UNSET
        else:
            queued_at = parse_datetime(_queued_at)

        queue = cls(
            id=id,
            queued_at=queued_at,
        )

        queue.additional_properties = d
        return queue

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
