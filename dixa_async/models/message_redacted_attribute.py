from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_redacted_attribute_type import MessageRedactedAttributeType

T = TypeVar("T", bound="MessageRedactedAttribute")


@_attrs_define
class MessageRedactedAttribute:
    """
    Attributes:
        type_ (MessageRedactedAttributeType): Variant tag; always `MessageRedactedAttribute`. Default:
            MessageRedactedAttributeType.MESSAGEREDACTEDATTRIBUTE.
        message_id (str):
        number_of_deleted_files (int):
        was_text_redacted (bool):
    """

    message_id: str
    number_of_deleted_files: int
    was_text_redacted: bool
    type_: MessageRedactedAttributeType = (
        MessageRedactedAttributeType.MESSAGEREDACTEDATTRIBUTE
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "message_id": "messageId",
        "number_of_deleted_files": "numberOfDeletedFiles",
        "was_text_redacted": "wasTextRedacted",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        message_id = self.message_id

        number_of_deleted_files = self.number_of_deleted_files

        was_text_redacted = self.was_text_redacted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "messageId": message_id,
                "numberOfDeletedFiles": number_of_deleted_files,
                "wasTextRedacted": was_text_redacted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = MessageRedactedAttributeType(d.pop("_type"))

        message_id = d.pop("messageId")

        number_of_deleted_files = d.pop("numberOfDeletedFiles")

        was_text_redacted = d.pop("wasTextRedacted")

        message_redacted_attribute = cls(
            type_=type_,
            message_id=message_id,
            number_of_deleted_files=number_of_deleted_files,
            was_text_redacted=was_text_redacted,
        )

        message_redacted_attribute.additional_properties = d
        return message_redacted_attribute

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
