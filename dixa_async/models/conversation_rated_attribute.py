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

from ..models.conversation_rated_attribute_type import ConversationRatedAttributeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_log_user import ActivityLogUser


T = TypeVar("T", bound="ConversationRatedAttribute")


@_attrs_define
class ConversationRatedAttribute:
    """
    Attributes:
        type_ (ConversationRatedAttributeType): Variant tag; always `ConversationRatedAttribute`. Default:
            ConversationRatedAttributeType.CONVERSATIONRATEDATTRIBUTE.
        agent (ActivityLogUser | Unset):
        message (str | Unset):
        score (int | Unset):
    """

    type_: ConversationRatedAttributeType = (
        ConversationRatedAttributeType.CONVERSATIONRATEDATTRIBUTE
    )
    agent: ActivityLogUser | Unset = UNSET
    message: str | Unset = UNSET
    score: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "agent": "agent",
        "message": "message",
        "score": "score",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        message = self.message

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if message is not UNSET:
            field_dict["message"] = message
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_log_user import ActivityLogUser  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = ConversationRatedAttributeType(d.pop("_type"))

        _agent = d.pop("agent", UNSET)
        agent: ActivityLogUser | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = ActivityLogUser.from_dict(_agent)

        message = d.pop("message", UNSET)

        score = d.pop("score", UNSET)

        conversation_rated_attribute = cls(
            type_=type_,
            agent=agent,
            message=message,
            score=score,
        )

        conversation_rated_attribute.additional_properties = d
        return conversation_rated_attribute

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
