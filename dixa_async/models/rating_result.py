from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_datetime, parse_datetime

if TYPE_CHECKING:
    from ..models.csat import Csat
    from ..models.nps import Nps
    from ..models.thumbs_up_or_down import ThumbsUpOrDown


T = TypeVar("T", bound="RatingResult")


@_attrs_define
class RatingResult:
    """
    Attributes:
        rating_id (str):
        rating_result (Csat | Nps | ThumbsUpOrDown): One of several variants, told apart by `_type`.
        comment (str | Unset):
        submitted_at (datetime.datetime | Unset):
        user_id (str | Unset):
    """

    rating_id: str
    rating_result: Csat | Nps | ThumbsUpOrDown
    comment: str | Unset = UNSET
    submitted_at: datetime.datetime | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "rating_id": "ratingId",
        "rating_result": "ratingResult",
        "comment": "comment",
        "submitted_at": "submittedAt",
        "user_id": "userId",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.csat import Csat  # noqa: PLC0415
        from ..models.nps import Nps  # noqa: PLC0415

        rating_id = self.rating_id

        rating_result: dict[str, Any]
        if isinstance(self.rating_result, Csat):
            rating_result = self.rating_result.to_dict()
        elif isinstance(self.rating_result, Nps):
            rating_result = self.rating_result.to_dict()
        else:
            rating_result = self.rating_result.to_dict()

        comment = self.comment

        submitted_at: str | Unset = UNSET
        if not isinstance(self.submitted_at, Unset):
            submitted_at = format_datetime(self.submitted_at)

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ratingId": rating_id,
                "ratingResult": rating_result,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if submitted_at is not UNSET:
            field_dict["submittedAt"] = submitted_at
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.csat import Csat  # noqa: PLC0415
        from ..models.nps import Nps  # noqa: PLC0415
        from ..models.thumbs_up_or_down import ThumbsUpOrDown  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        rating_id = d.pop("ratingId")

        def _parse_rating_result(data: object) -> Csat | Nps | ThumbsUpOrDown:
            if isinstance(data, dict):
                type_tag = data.get("_type")
                if type_tag == "Csat":
                    componentsschemas_submitted_rating_result_type_0 = Csat.from_dict(
                        data
                    )

                    return componentsschemas_submitted_rating_result_type_0
                if type_tag == "Nps":
                    componentsschemas_submitted_rating_result_type_1 = Nps.from_dict(
                        data
                    )

                    return componentsschemas_submitted_rating_result_type_1
                if type_tag == "ThumbsUpOrDown":
                    componentsschemas_submitted_rating_result_type_2 = (
                        ThumbsUpOrDown.from_dict(data)
                    )

                    return componentsschemas_submitted_rating_result_type_2
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_submitted_rating_result_type_0 = Csat.from_dict(data)

                return componentsschemas_submitted_rating_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_submitted_rating_result_type_1 = Nps.from_dict(data)

                return componentsschemas_submitted_rating_result_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_submitted_rating_result_type_2 = ThumbsUpOrDown.from_dict(
                data
            )

            return componentsschemas_submitted_rating_result_type_2

        rating_result = _parse_rating_result(d.pop("ratingResult"))

        comment = d.pop("comment", UNSET)

        _submitted_at = d.pop("submittedAt", UNSET)
        submitted_at: datetime.datetime | Unset
        if isinstance(_submitted_at, Unset):
            submitted_at = UNSET
        else:
            submitted_at = parse_datetime(_submitted_at)

        user_id = d.pop("userId", UNSET)

        rating_result = cls(
            rating_id=rating_id,
            rating_result=rating_result,
            comment=comment,
            submitted_at=submitted_at,
            user_id=user_id,
        )

        rating_result.additional_properties = d
        return rating_result

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
