from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_transcription_ended_attribute_type import (
    ConversationTranscriptionEndedAttributeType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationTranscriptionEndedAttribute")


@_attrs_define
class ConversationTranscriptionEndedAttribute:
    """
    Attributes:
        type_ (ConversationTranscriptionEndedAttributeType): Variant tag; always
            `ConversationTranscriptionEndedAttribute`. Default:
            ConversationTranscriptionEndedAttributeType.CONVERSATIONTRANSCRIPTIONENDEDATTRIBUTE.
        is_successful (bool):
        failure_reason (str | Unset):
    """

    is_successful: bool
    type_: ConversationTranscriptionEndedAttributeType = ConversationTranscriptionEndedAttributeType.CONVERSATIONTRANSCRIPTIONENDEDATTRIBUTE
    failure_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "is_successful": "isSuccessful",
        "failure_reason": "failureReason",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        is_successful = self.is_successful

        failure_reason = self.failure_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "isSuccessful": is_successful,
            }
        )
        if failure_reason is not UNSET:
            field_dict["failureReason"] = failure_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = ConversationTranscriptionEndedAttributeType(d.pop("_type"))

        is_successful = d.pop("isSuccessful")

        failure_reason = d.pop("failureReason", UNSET)

        conversation_transcription_ended_attribute = cls(
            type_=type_,
            is_successful=is_successful,
            failure_reason=failure_reason,
        )

        conversation_transcription_ended_attribute.additional_properties = d
        return conversation_transcription_ended_attribute

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
