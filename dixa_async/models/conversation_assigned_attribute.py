from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_assigned_attribute_type import (
    ConversationAssignedAttributeType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationAssignedAttribute")


@_attrs_define
class ConversationAssignedAttribute:
    """
    Attributes:
        type_ (ConversationAssignedAttributeType): Variant tag; always `ConversationAssignedAttribute`. Default:
            ConversationAssignedAttributeType.CONVERSATIONASSIGNEDATTRIBUTE.
        agent_id (str):
        agent_name (str | Unset):
    """

    agent_id: str
    type_: ConversationAssignedAttributeType = (
        ConversationAssignedAttributeType.CONVERSATIONASSIGNEDATTRIBUTE
    )
    agent_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "agent_id": "agentId",
        "agent_name": "agentName",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        agent_id = self.agent_id

        agent_name = self.agent_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "agentId": agent_id,
            }
        )
        if agent_name is not UNSET:
            field_dict["agentName"] = agent_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = ConversationAssignedAttributeType(d.pop("_type"))

        agent_id = d.pop("agentId")

        agent_name = d.pop("agentName", UNSET)

        conversation_assigned_attribute = cls(
            type_=type_,
            agent_id=agent_id,
            agent_name=agent_name,
        )

        conversation_assigned_attribute.additional_properties = d
        return conversation_assigned_attribute

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
