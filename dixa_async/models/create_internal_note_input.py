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

T = TypeVar("T", bound="CreateInternalNoteInput")


@_attrs_define
class CreateInternalNoteInput:
    """
    Attributes:
        message (str):
        agent_id (str | Unset): UUID. Kept as a plain string: Dixa's own examples contain ids that are not valid UUIDs.
        created_at (datetime.datetime | Unset):
    """

    message: str
    agent_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "message": "message",
        "agent_id": "agentId",
        "created_at": "createdAt",
    }

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        agent_id = self.agent_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = format_datetime(self.created_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        message = d.pop("message")

        agent_id = d.pop("agentId", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        create_internal_note_input = cls(
            message=message,
            agent_id=agent_id,
            created_at=created_at,
        )

        create_internal_note_input.additional_properties = d
        return create_internal_note_input

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
