from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rating_offer_rating_type import RatingOfferRatingType
from ..types import UNSET, Unset, format_datetime, parse_datetime

T = TypeVar("T", bound="RatingOffer")


@_attrs_define
class RatingOffer:
    """
    Attributes:
        agent_id (str):
        id (str):
        rating_type (RatingOfferRatingType):
        user_id (str):
        offered_at (datetime.datetime | Unset):
    """

    agent_id: str
    id: str
    rating_type: RatingOfferRatingType
    user_id: str
    offered_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "agent_id": "agentId",
        "id": "id",
        "rating_type": "ratingType",
        "user_id": "userId",
        "offered_at": "offeredAt",
    }

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        id = self.id

        rating_type = self.rating_type.value

        user_id = self.user_id

        offered_at: str | Unset = UNSET
        if not isinstance(self.offered_at, Unset):
            offered_at = format_datetime(self.offered_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agentId": agent_id,
                "id": id,
                "ratingType": rating_type,
                "userId": user_id,
            }
        )
        if offered_at is not UNSET:
            field_dict["offeredAt"] = offered_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        agent_id = d.pop("agentId")

        id = d.pop("id")

        rating_type = RatingOfferRatingType(d.pop("ratingType"))

        user_id = d.pop("userId")

        _offered_at = d.pop("offeredAt", UNSET)
        offered_at: datetime.datetime | Unset
        if isinstance(_offered_at, Unset):
            offered_at = UNSET
        else:
            offered_at = parse_datetime(_offered_at)

        rating_offer = cls(
            agent_id=agent_id,
            id=id,
            rating_type=rating_type,
            user_id=user_id,
            offered_at=offered_at,
        )

        rating_offer.additional_properties = d
        return rating_offer

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
