from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_channel_changed_attribute_type import (
    ConversationChannelChangedAttributeType,
)

T = TypeVar("T", bound="ConversationChannelChangedAttribute")


@_attrs_define
class ConversationChannelChangedAttribute:
    """
    Attributes:
        type_ (ConversationChannelChangedAttributeType): Variant tag; always `ConversationChannelChangedAttribute`.
            Default: ConversationChannelChangedAttributeType.CONVERSATIONCHANNELCHANGEDATTRIBUTE.
        channel_reference (str):
    """

    channel_reference: str
    type_: ConversationChannelChangedAttributeType = (
        ConversationChannelChangedAttributeType.CONVERSATIONCHANNELCHANGEDATTRIBUTE
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "channel_reference": "channelReference",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        channel_reference = self.channel_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "channelReference": channel_reference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = ConversationChannelChangedAttributeType(d.pop("_type"))

        channel_reference = d.pop("channelReference")

        conversation_channel_changed_attribute = cls(
            type_=type_,
            channel_reference=channel_reference,
        )

        conversation_channel_changed_attribute.additional_properties = d
        return conversation_channel_changed_attribute

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
