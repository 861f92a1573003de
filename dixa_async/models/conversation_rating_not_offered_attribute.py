from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_rating_not_offered_attribute_type import (
    ConversationRatingNotOfferedAttributeType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationRatingNotOfferedAttribute")


@_attrs_define
class ConversationRatingNotOfferedAttribute:
    """
    Attributes:
        type_ (ConversationRatingNotOfferedAttributeType): Variant tag; always `ConversationRatingNotOfferedAttribute`.
            Default: ConversationRatingNotOfferedAttributeType.CONVERSATIONRATINGNOTOFFEREDATTRIBUTE.
        evaluation_filters (str | Unset):
    """

    type_: ConversationRatingNotOfferedAttributeType = (
        ConversationRatingNotOfferedAttributeType.CONVERSATIONRATINGNOTOFFEREDATTRIBUTE
    )
    evaluation_filters: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "evaluation_filters": "evaluationFilters",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        evaluation_filters = self.evaluation_filters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
            }
        )
        if evaluation_filters is not UNSET:
            field_dict["evaluationFilters"] = evaluation_filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = ConversationRatingNotOfferedAttributeType(d.pop("_type"))

        evaluation_filters = d.pop("evaluationFilters", UNSET)

        conversation_rating_not_offered_attribute = cls(
            type_=type_,
            evaluation_filters=evaluation_filters,
        )

        conversation_rating_not_offered_attribute.additional_properties = d
        return conversation_rating_not_offered_attribute

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
