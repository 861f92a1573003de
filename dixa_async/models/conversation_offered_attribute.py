from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_offered_attribute_type import (
    ConversationOfferedAttributeType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationOfferedAttribute")


@_attrs_define
class ConversationOfferedAttribute:
    """
    Attributes:
        type_ (ConversationOfferedAttributeType): Variant tag; always `ConversationOfferedAttribute`. Default:
            ConversationOfferedAttributeType.CONVERSATIONOFFEREDATTRIBUTE.
        agent_names (list[str] | Unset):
        queue_label (str | Unset):
    """

    type_: ConversationOfferedAttributeType = (
        ConversationOfferedAttributeType.CONVERSATIONOFFEREDATTRIBUTE
    )
    agent_names: list[str] | Unset = UNSET
    queue_label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "agent_names": "agentNames",
        "queue_label": "queueLabel",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        agent_names: list[str] | Unset = UNSET
        if not isinstance(self.agent_names, Unset):
            agent_names = self.agent_names

        queue_label = self.queue_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
            }
        )
        if agent_names is not UNSET:
            field_dict["agentNames"] = agent_names
        if queue_label is not UNSET:
            field_dict["queueLabel"] = queue_label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = ConversationOfferedAttributeType(d.pop("_type"))

        agent_names = cast(list[str], d.pop("agentNames", UNSET))

        queue_label = d.pop("queueLabel", UNSET)

        conversation_offered_attribute = cls(
            type_=type_,
            agent_names=agent_names,
            queue_label=queue_label,
        )

        conversation_offered_attribute.additional_properties = d
        return conversation_offered_attribute

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
