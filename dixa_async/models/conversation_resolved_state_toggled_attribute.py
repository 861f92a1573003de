from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_resolved_state_toggled_attribute_type import (
    ConversationResolvedStateToggledAttributeType,
)

T = TypeVar("T", bound="ConversationResolvedStateToggledAttribute")


@_attrs_define
class ConversationResolvedStateToggledAttribute:
    """
    Attributes:
        type_ (ConversationResolvedStateToggledAttributeType): Variant tag; always
            `ConversationResolvedStateToggledAttribute`. Default:
            ConversationResolvedStateToggledAttributeType.CONVERSATIONRESOLVEDSTATETOGGLEDATTRIBUTE.
        is_resolved (bool):
    """

    is_resolved: bool
    type_: ConversationResolvedStateToggledAttributeType = ConversationResolvedStateToggledAttributeType.CONVERSATIONRESOLVEDSTATETOGGLEDATTRIBUTE
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "is_resolved": "isResolved",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        is_resolved = self.is_resolved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "isResolved": is_resolved,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = ConversationResolvedStateToggledAttributeType(d.pop("_type"))

        is_resolved = d.pop("isResolved")

        conversation_resolved_state_toggled_attribute = cls(
            type_=type_,
            is_resolved=is_resolved,
        )

        conversation_resolved_state_toggled_attribute.additional_properties = d
        return conversation_resolved_state_toggled_attribute

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
