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

from ..types import UNSET, Unset, format_datetime, parse_datetime

T = TypeVar("T", bound="CreateRatingOfferInput")


@_attrs_define
class CreateRatingOfferInput:
    """
    Attributes:
        rating_type (str):
        agent_id (str | Unset):
        offered_at (datetime.datetime | Unset):
        user_id (str | Unset):
    """

    rating_type: str
    agent_id: str | Unset = UNSET
    offered_at: datetime.datetime | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "rating_type": "ratingType",
        "agent_id": "agentId",
        "offered_at": "offeredAt",
        "user_id": "userId",
    }

    def to_dict(self) -> dict[str, Any]:
        rating_type = self.rating_type

        agent_id = self.agent_id

        offered_at: str | Unset = UNSET
        if not isinstance(self.offered_at, Unset):
            offered_at = format_datetime(self.offered_at)

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ratingType": rating_type,
            }
        )
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if offered_at is not UNSET:
            field_dict["offeredAt"] = offered_at
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        rating_type = d.pop("ratingType")

        agent_id = d.pop("agentId", UNSET)

        _offered_at = d.pop("offeredAt", UNSET)
        offered_at: datetime.datetime | Unset
        if isinstance(_offered_at, Unset):
            offered_at = UNSET
        else:
            offered_at = parse_datetime(_offered_at)

        user_id = d.pop("userId", UNSET)

        create_rating_offer_input = cls(
            rating_type=rating_type,
            agent_id=agent_id,
            offered_at=offered_at,
            user_id=user_id,
        )

        create_rating_offer_input.additional_properties = d
        return create_rating_offer_input

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
