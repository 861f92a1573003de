from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_rating_offered_attribute_type import (
    ConversationRatingOfferedAttributeType,
)

if TYPE_CHECKING:
    from ..models.activity_log_user import ActivityLogUser


T = TypeVar("T", bound="ConversationRatingOfferedAttribute")


@_attrs_define
class ConversationRatingOfferedAttribute:
    """
    Attributes:
        type_ (ConversationRatingOfferedAttributeType): Variant tag; always `ConversationRatingOfferedAttribute`.
            Default: ConversationRatingOfferedAttributeType.CONVERSATIONRATINGOFFEREDATTRIBUTE.
        agent (ActivityLogUser):
        user (ActivityLogUser):
    """

    agent: ActivityLogUser
    user: ActivityLogUser
    type_: ConversationRatingOfferedAttributeType = (
        ConversationRatingOfferedAttributeType.CONVERSATIONRATINGOFFEREDATTRIBUTE
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "agent": "agent",
        "user": "user",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        agent = self.agent.to_dict()

        user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "agent": agent,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_log_user import ActivityLogUser  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = ConversationRatingOfferedAttributeType(d.pop("_type"))

        agent = ActivityLogUser.from_dict(d.pop("agent"))

        user = ActivityLogUser.from_dict(d.pop("user"))

        conversation_rating_offered_attribute = cls(
            type_=type_,
            agent=agent,
            user=user,
        )

        conversation_rating_offered_attribute.additional_properties = d
        return conversation_rating_offered_attribute

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
