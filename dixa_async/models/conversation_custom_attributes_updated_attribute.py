from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_custom_attributes_updated_attribute_type import (
    ConversationCustomAttributesUpdatedAttributeType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.map_attribute_value import MapAttributeValue


T = TypeVar("T", bound="ConversationCustomAttributesUpdatedAttribute")


@_attrs_define
class ConversationCustomAttributesUpdatedAttribute:
    """
    Attributes:
        type_ (ConversationCustomAttributesUpdatedAttributeType): Variant tag; always
            `ConversationCustomAttributesUpdatedAttribute`. Default:
            ConversationCustomAttributesUpdatedAttributeType.CONVERSATIONCUSTOMATTRIBUTESUPDATEDATTRIBUTE.
        updated_attribute_values (MapAttributeValue):
        updated_attribute_ids (list[str] | Unset):
    """

    updated_attribute_values: MapAttributeValue
    type_: ConversationCustomAttributesUpdatedAttributeType = ConversationCustomAttributesUpdatedAttributeType.CONVERSATIONCUSTOMATTRIBUTESUPDATEDATTRIBUTE
    updated_attribute_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "updated_attribute_values": "updatedAttributeValues",
        "updated_attribute_ids": "updatedAttributeIds",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        updated_attribute_values = self.updated_attribute_values.to_dict()

        updated_attribute_ids: list[str] | Unset = UNSET
        if not isinstance(self.updated_attribute_ids, Unset):
            updated_attribute_ids = self.updated_attribute_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "updatedAttributeValues": updated_attribute_values,
            }
        )
        if updated_attribute_ids is not UNSET:
            field_dict["updatedAttributeIds"] = updated_attribute_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.map_attribute_value import MapAttributeValue  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = ConversationCustomAttributesUpdatedAttributeType(d.pop("_type"))

        updated_attribute_values = MapAttributeValue.from_dict(
            d.pop("updatedAttributeValues")
        )

        updated_attribute_ids = cast(list[str], d.pop("updatedAttributeIds", UNSET))

        conversation_custom_attributes_updated_attribute = cls(
            type_=type_,
            updated_attribute_values=updated_attribute_values,
            updated_attribute_ids=updated_attribute_ids,
        )

        conversation_custom_attributes_updated_attribute.additional_properties = d
        return conversation_custom_attributes_updated_attribute

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
