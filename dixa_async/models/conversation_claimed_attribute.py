from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_claimed_attribute_type import (
    ConversationClaimedAttributeType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationClaimedAttribute")


@_attrs_define
class ConversationClaimedAttribute:
    """
    Attributes:
        type_ (ConversationClaimedAttributeType): Variant tag; always `ConversationClaimedAttribute`. Default:
            ConversationClaimedAttributeType.CONVERSATIONCLAIMEDATTRIBUTE.
        claimed_from_label (str | Unset):
        claimed_from_type (str | Unset):
    """

    type_: ConversationClaimedAttributeType = (
        ConversationClaimedAttributeType.CONVERSATIONCLAIMEDATTRIBUTE
    )
    claimed_from_label: str | Unset = UNSET
    claimed_from_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "claimed_from_label": "claimedFromLabel",
        "claimed_from_type": "claimedFromType",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        claimed_from_label = self.claimed_from_label

        claimed_from_type = self.claimed_from_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
            }
        )
        if claimed_from_label is not UNSET:
            field_dict["claimedFromLabel"] = claimed_from_label
        if claimed_from_type is not UNSET:
            field_dict["claimedFromType"] = claimed_from_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = ConversationClaimedAttributeType(d.pop("_type"))

        claimed_from_label = d.pop("claimedFromLabel", UNSET)

        claimed_from_type = d.pop("claimedFromType", UNSET)

        conversation_claimed_attribute = cls(
            type_=type_,
            claimed_from_label=claimed_from_label,
            claimed_from_type=claimed_from_type,
        )

        conversation_claimed_attribute.additional_properties = d
        return conversation_claimed_attribute

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
