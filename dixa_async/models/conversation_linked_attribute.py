from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_linked_attribute_type import ConversationLinkedAttributeType

T = TypeVar("T", bound="ConversationLinkedAttribute")


@_attrs_define
class ConversationLinkedAttribute:
    """
    Attributes:
        type_ (ConversationLinkedAttributeType): Variant tag; always `ConversationLinkedAttribute`. Default:
            ConversationLinkedAttributeType.CONVERSATIONLINKEDATTRIBUTE.
        child (int):
        link_type (str):
        parent (int):
    """

    child: int
    link_type: str
    parent: int
    type_: ConversationLinkedAttributeType = (
        ConversationLinkedAttributeType.CONVERSATIONLINKEDATTRIBUTE
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "child": "child",
        "link_type": "linkType",
        "parent": "parent",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        child = self.child

        link_type = self.link_type

        parent = self.parent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "child": child,
                "linkType": link_type,
                "parent": parent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = ConversationLinkedAttributeType(d.pop("_type"))

        child = d.pop("child")

        link_type = d.pop("linkType")

        parent = d.pop("parent")

        conversation_linked_attribute = cls(
            type_=type_,
            child=child,
            link_type=link_type,
            parent=parent,
        )

        conversation_linked_attribute.additional_properties = d
        return conversation_linked_attribute

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
