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

from ..types import format_datetime, parse_datetime

T = TypeVar("T", bound="InternalNoteData")


@_attrs_define
class InternalNoteData:
    """
    Attributes:
        author_id (str): UUID. Kept as a plain string: Dixa's own examples contain ids that are not valid UUIDs.
        created_at (datetime.datetime):
        csid (int):
        id (str): UUID. Kept as a plain string: Dixa's own examples contain ids that are not valid UUIDs.
        message (str):
    """

    author_id: str
    created_at: datetime.datetime
    csid: int
    id: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "author_id": "authorId",
        "created_at": "createdAt",
        "csid": "csid",
        "id": "id",
        "message": "message",
    }

    def to_dict(self) -> dict[str, Any]:
        author_id = self.author_id

        created_at = format_datetime(self.created_at)

        csid = self.csid

        id = self.id

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authorId": author_id,
                "createdAt": created_at,
                "csid": csid,
                "id": id,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        author_id = d.pop("authorId")

        created_at = parse_datetime(d.pop("createdAt"))

        csid = d.pop("csid")

        id = d.pop("id")

        message = d.pop("message")

        internal_note_data = cls(
            author_id=author_id,
            created_at=created_at,
            csid=csid,
            id=id,
            message=message,
        )

        internal_note_data.additional_properties = d
        return internal_note_data

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
