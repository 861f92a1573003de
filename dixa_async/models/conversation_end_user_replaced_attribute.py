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

from ..models.conversation_end_user_replaced_attribute_type import (
    ConversationEndUserReplacedAttributeType,
)

if TYPE_CHECKING:
    from ..models.activity_log_user import ActivityLogUser


T = TypeVar("T", bound="ConversationEndUserReplacedAttribute")


@_attrs_define
class ConversationEndUserReplacedAttribute:
    """
    Attributes:
        type_ (ConversationEndUserReplacedAttributeType): Variant tag; always `ConversationEndUserReplacedAttribute`.
            Default: ConversationEndUserReplacedAttributeType.CONVERSATIONENDUSERREPLACEDATTRIBUTE.
        new_user (ActivityLogUser):
        old_user (ActivityLogUser):
    """

    new_user: ActivityLogUser
    old_user: ActivityLogUser
    type_: ConversationEndUserReplacedAttributeType = (
        ConversationEndUserReplacedAttributeType.CONVERSATIONENDUSERREPLACEDATTRIBUTE
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "new_user": "newUser",
        "old_user": "oldUser",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        new_user = self.new_user.to_dict()

        old_user = self.old_user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "newUser": new_user,
                "oldUser": old_user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_log_user import ActivityLogUser  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = ConversationEndUserReplacedAttributeType(d.pop("_type"))

        new_user = ActivityLogUser.from_dict(d.pop("newUser"))

        old_user = ActivityLogUser.from_dict(d.pop("oldUser"))

        conversation_end_user_replaced_attribute = cls(
            type_=type_,
            new_user=new_user,
            old_user=old_user,
        )

        conversation_end_user_replaced_attribute.additional_properties = d
        return conversation_end_user_replaced_attribute

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
