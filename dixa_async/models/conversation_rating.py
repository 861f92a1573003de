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

from ..models.conversation_rating_conversation_channel import (
    ConversationRatingConversationChannel,
)
from ..models.conversation_rating_rating_status import ConversationRatingRatingStatus
from ..models.conversation_rating_rating_type import ConversationRatingRatingType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.map_string import MapString


T = TypeVar("T", bound="ConversationRating")


@_attrs_define
class ConversationRating:
    """
    Attributes:
        conversation_channel (ConversationRatingConversationChannel):
        id (str):
        rating_status (ConversationRatingRatingStatus):
        rating_type (ConversationRatingRatingType):
        timestamps (MapString):
        user_id (str):
        agent_id (str | Unset):
        language (str | Unset):
        rating_comment (str | Unset):
        rating_score (int | Unset):
    """

    conversation_channel: ConversationRatingConversationChannel
    id: str
    rating_status: ConversationRatingRatingStatus
    rating_type: ConversationRatingRatingType
    timestamps: MapString
    user_id: str
    agent_id: str | Unset = UNSET
    language: str | Unset = UNSET
    rating_comment: str | Unset = UNSET
    rating_score: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "conversation_channel": "conversationChannel",
        "id": "id",
        "rating_status": "ratingStatus",
        "rating_type": "ratingType",
        "timestamps": "timestamps",
        "user_id": "userId",
        "agent_id": "agentId",
        "language": "language",
        "rating_comment": "ratingComment",
        "rating_score": "ratingScore",
    }

    def to_dict(self) -> dict[str, Any]:
        conversation_channel = self.conversation_channel.value

        id = self.id

        rating_status = self.rating_status.value

        rating_type = self.rating_type.value

        timestamps = self.timestamps.to_dict()

        user_id = self.user_id

        agent_id = self.agent_id

        language = self.language

        rating_comment = self.rating_comment

        rating_score = self.rating_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversationChannel": conversation_channel,
                "id": id,
                "ratingStatus": rating_status,
                "ratingType": rating_type,
                "timestamps": timestamps,
                "userId": user_id,
            }
        )
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if language is not UNSET:
            field_dict["language"] = language
        if rating_comment is not UNSET:
            field_dict["ratingComment"] = rating_comment
        if rating_score is not UNSET:
            field_dict["ratingScore"] = rating_score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.map_string import MapString  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        conversation_channel = ConversationRatingConversationChannel(
            d.pop("conversationChannel")
        )

        id = d.pop("id")

        rating_status = ConversationRatingRatingStatus(d.pop("ratingStatus"))

        rating_type = ConversationRatingRatingType(d.pop("ratingType"))

        timestamps = MapString.from_dict(d.pop("timestamps"))

        user_id = d.pop("userId")

        agent_id = d.pop("agentId", UNSET)

        language = d.pop("language", UNSET)

        rating_comment = d.pop("ratingComment", UNSET)

        rating_score = d.pop("ratingScore", UNSET)

        conversation_rating = cls(
            conversation_channel=conversation_channel,
            id=id,
            rating_status=rating_status,
            rating_type=rating_type,
            timestamps=timestamps,
            user_id=user_id,
            agent_id=agent_id,
            language=language,
            rating_comment=rating_comment,
            rating_score=rating_score,
        )

        conversation_rating.additional_properties = d
        return conversation_rating

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
