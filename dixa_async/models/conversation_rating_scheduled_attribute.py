from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_rating_scheduled_attribute_type import (
    ConversationRatingScheduledAttributeType,
)

T = TypeVar("T", bound="ConversationRatingScheduledAttribute")


@_attrs_define
class ConversationRatingScheduledAttribute:
    """
    Attributes:
        type_ (ConversationRatingScheduledAttributeType): Variant tag; always `ConversationRatingScheduledAttribute`.
            Default: ConversationRatingScheduledAttributeType.CONVERSATIONRATINGSCHEDULEDATTRIBUTE.
        rating_scheduled_time (str):
    """

    rating_scheduled_time: str
    type_: ConversationRatingScheduledAttributeType = (
        ConversationRatingScheduledAttributeType.CONVERSATIONRATINGSCHEDULEDATTRIBUTE
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "rating_scheduled_time": "ratingScheduledTime",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        rating_scheduled_time = self.rating_scheduled_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "ratingScheduledTime": rating_scheduled_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = ConversationRatingScheduledAttributeType(d.pop("_type"))

        rating_scheduled_time = d.pop("ratingScheduledTime")

        conversation_rating_scheduled_attribute = cls(
            type_=type_,
            rating_scheduled_time=rating_scheduled_time,
        )

        conversation_rating_scheduled_attribute.additional_properties = d
        return conversation_rating_scheduled_attribute

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
