from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_subject_updated_attribute_type import (
    ConversationSubjectUpdatedAttributeType,
)

T = TypeVar("T", bound="ConversationSubjectUpdatedAttribute")


@_attrs_define
class ConversationSubjectUpdatedAttribute:
    """
    Attributes:
        type_ (ConversationSubjectUpdatedAttributeType): Variant tag; always `ConversationSubjectUpdatedAttribute`.
            Default: ConversationSubjectUpdatedAttributeType.CONVERSATIONSUBJECTUPDATEDATTRIBUTE.
        new_subject (str):
        old_subject (str):
    """

    new_subject: str
    old_subject: str
    type_: ConversationSubjectUpdatedAttributeType = (
        ConversationSubjectUpdatedAttributeType.CONVERSATIONSUBJECTUPDATEDATTRIBUTE
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "new_subject": "newSubject",
        "old_subject": "oldSubject",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        new_subject = self.new_subject

        old_subject = self.old_subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "newSubject": new_subject,
                "oldSubject": old_subject,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = ConversationSubjectUpdatedAttributeType(d.pop("_type"))

        new_subject = d.pop("newSubject")

        old_subject = d.pop("oldSubject")

        conversation_subject_updated_attribute = cls(
            type_=type_,
            new_subject=new_subject,
            old_subject=old_subject,
        )

        conversation_subject_updated_attribute.additional_properties = d
        return conversation_subject_updated_attribute

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
