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

from ..models.conversation_reserved_attribute_type import (
    ConversationReservedAttributeType,
)

if TYPE_CHECKING:
    from ..models.activity_log_user import ActivityLogUser


T = TypeVar("T", bound="ConversationReservedAttribute")


@_attrs_define
class ConversationReservedAttribute:
    """
    Attributes:
        type_ (ConversationReservedAttributeType): Variant tag; always `ConversationReservedAttribute`. Default:
            ConversationReservedAttributeType.CONVERSATIONRESERVEDATTRIBUTE.
        agent (ActivityLogUser):
        queue_id (str):
        queue_name (str):
        reservation_type (str):
        valid_until (str):
    """

    agent: ActivityLogUser
    queue_id: str
    queue_name: str
    reservation_type: str
    valid_until: str
    type_: ConversationReservedAttributeType = (
        ConversationReservedAttributeType.CONVERSATIONRESERVEDATTRIBUTE
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "agent": "agent",
        "queue_id": "queueId",
        "queue_name": "queueName",
        "reservation_type": "reservationType",
        "valid_until": "validUntil",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        agent = self.agent.to_dict()

        queue_id = self.queue_id

        queue_name = self.queue_name

        reservation_type = self.reservation_type

        valid_until = self.valid_until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "agent": agent,
                "queueId": queue_id,
                "queueName": queue_name,
                "reservationType": reservation_type,
                "validUntil": valid_until,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_log_user import ActivityLogUser  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = ConversationReservedAttributeType(d.pop("_type"))

        agent = ActivityLogUser.from_dict(d.pop("agent"))

        queue_id = d.pop("queueId")

        queue_name = d.pop("queueName")

        reservation_type = d.pop("reservationType")

        valid_until = d.pop("validUntil")

        conversation_reserved_attribute = cls(
            type_=type_,
            agent=agent,
            queue_id=queue_id,
            queue_name=queue_name,
            reservation_type=reservation_type,
            valid_until=valid_until,
        )

        conversation_reserved_attribute.additional_properties = d
        return conversation_reserved_attribute

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
