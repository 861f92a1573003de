from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_added_attribute_type import MessageAddedAttributeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageAddedAttribute")


@_attrs_define
class MessageAddedAttribute:
    """
    Attributes:
        type_ (MessageAddedAttributeType): Variant tag; always `MessageAddedAttribute`. Default:
            MessageAddedAttributeType.MESSAGEADDEDATTRIBUTE.
        message_id (str):
        avatar_url (str | Unset):
        from_endpoint (str | Unset):
    """

    message_id: str
    type_: MessageAddedAttributeType = MessageAddedAttributeType.MESSAGEADDEDATTRIBUTE
    avatar_url: str | Unset = UNSET
    from_endpoint: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "message_id": "messageId",
        "avatar_url": "avatarUrl",
        "from_endpoint": "fromEndpoint",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        message_id = self.message_id

        avatar_url = self.avatar_url

        from_endpoint = self.from_endpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "messageId": message_id,
            }
        )
        if avatar_url is not UNSET:
            field_dict["avatarUrl"] = avatar_url
        if from_endpoint is not UNSET:
            field_dict["fromEndpoint"] = from_endpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = MessageAddedAttributeType(d.pop("_type"))

        message_id = d.pop("messageId")

        avatar_url = d.pop("avatarUrl", UNSET)

        from_endpoint = d.pop("fromEndpoint", UNSET)

        message_added_attribute = cls(
            type_=type_,
            message_id=message_id,
            avatar_url=avatar_url,
            from_endpoint=from_endpoint,
        )

        message_added_attribute.additional_properties = d
        return message_added_attribute

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
