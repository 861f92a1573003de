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

from ..models.export_rating_status import ExportRatingStatus
from ..models.export_rating_type import ExportRatingType
from ..types import UNSET, Unset, format_datetime, parse_datetime

T = TypeVar("T", bound="ExportedRating")


@_attrs_define
class ExportedRating:
    """One rating of a conversation.

    Attributes:
        rating_score (int | Unset):
        rating_message (str | Unset):
        rating_type (ExportRatingType | Unset): Kind of rating. Values Dixa adds later are kept.
        rating_status (ExportRatingStatus | Unset): Where a rating is in its life cycle. Values Dixa adds later are
            kept.
        rating_language (str | Unset):  Example: en.
        rating_created_timestamp (datetime.datetime | Unset): A moment. Dixa sends Unix epoch milliseconds (an integer);
            ISO-8601 strings and digit-only strings are read as well (lenient reading of the generated types module).
        rating_offered_timestamp (datetime.datetime | Unset): A moment. Dixa sends Unix epoch milliseconds (an integer);
            ISO-8601 strings and digit-only strings are read as well (lenient reading of the generated types module).
        rating_modified_timestamp (datetime.datetime | Unset): A moment. Dixa sends Unix epoch milliseconds (an
            integer); ISO-8601 strings and digit-only strings are read as well (lenient reading of the generated types
            module).
        rating_rated_timestamp (datetime.datetime | Unset): A moment. Dixa sends Unix epoch milliseconds (an integer);
            ISO-8601 strings and digit-only strings are read as well (lenient reading of the generated types module).
        rating_scheduled_timestamp (datetime.datetime | Unset): A moment. Dixa sends Unix epoch milliseconds (an
            integer); ISO-8601 strings and digit-only strings are read as well (lenient reading of the generated types
            module).
        rating_scheduled_for_timestamp (datetime.datetime | Unset): A moment. Dixa sends Unix epoch milliseconds (an
            integer); ISO-8601 strings and digit-only strings are read as well (lenient reading of the generated types
            module).
        rating_unscheduled_timestamp (datetime.datetime | Unset): A moment. Dixa sends Unix epoch milliseconds (an
            integer); ISO-8601 strings and digit-only strings are read as well (lenient reading of the generated types
            module).
        rating_cancelled_timestamp (datetime.datetime | Unset): A moment. Dixa sends Unix epoch milliseconds (an
            integer); ISO-8601 strings and digit-only strings are read as well (lenient reading of the generated types
            module).
    """

    rating_score: int | Unset = UNSET
    rating_message: str | Unset = UNSET
    rating_type: ExportRatingType | Unset = UNSET
    rating_status: ExportRatingStatus | Unset = UNSET
    rating_language: str | Unset = UNSET
    rating_created_timestamp: datetime.datetime | Unset = UNSET
    rating_offered_timestamp: datetime.datetime | Unset = UNSET
    rating_modified_timestamp: datetime.datetime | Unset = UNSET
    rating_rated_timestamp: datetime.datetime | Unset = UNSET
    rating_scheduled_timestamp: datetime.datetime | Unset = UNSET
    rating_scheduled_for_timestamp: datetime.datetime | Unset = UNSET
    rating_unscheduled_timestamp: datetime.datetime | Unset = UNSET
    rating_cancelled_timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "rating_score": "rating_score",
        "rating_message": "rating_message",
        "rating_type": "rating_type",
        "rating_status": "rating_status",
        "rating_language": "rating_language",
        "rating_created_timestamp": "rating_created_timestamp",
        "rating_offered_timestamp": "rating_offered_timestamp",
        "rating_modified_timestamp": "rating_modified_timestamp",
        "rating_rated_timestamp": "rating_rated_timestamp",
        "rating_scheduled_timestamp": "rating_scheduled_timestamp",
        "rating_scheduled_for_timestamp": "rating_scheduled_for_timestamp",
        "rating_unscheduled_timestamp": "rating_unscheduled_timestamp",
        "rating_cancelled_timestamp": "rating_cancelled_timestamp",
    }

    def to_dict(self) -> dict[str, Any]:
        rating_score = self.rating_score

        rating_message = self.rating_message

        rating_type: str | Unset = UNSET
        if not isinstance(self.rating_type, Unset):
            rating_type = self.rating_type.value

        rating_status: str | Unset = UNSET
        if not isinstance(self.rating_status, Unset):
            rating_status = self.rating_status.value

        rating_language = self.rating_language

        rating_created_timestamp: str | Unset = UNSET
        if not isinstance(self.rating_created_timestamp, Unset):
            rating_created_timestamp = format_datetime(self.rating_created_timestamp)

        rating_offered_timestamp: str | Unset = UNSET
        if not isinstance(self.rating_offered_timestamp, Unset):
            rating_offered_timestamp = format_datetime(self.rating_offered_timestamp)

        rating_modified_timestamp: str | Unset = UNSET
        if not isinstance(self.rating_modified_timestamp, Unset):
            rating_modified_timestamp = format_datetime(self.rating_modified_timestamp)

        rating_rated_timestamp: str | Unset = UNSET
        if not isinstance(self.rating_rated_timestamp, Unset):
            rating_rated_timestamp = format_datetime(self.rating_rated_timestamp)

        rating_scheduled_timestamp: str | Unset = UNSET
        if not isinstance(self.rating_scheduled_timestamp, Unset):
            rating_scheduled_timestamp = format_datetime(
                self.rating_scheduled_timestamp
            )

        rating_scheduled_for_timestamp: str | Unset = UNSET
        if not isinstance(self.rating_scheduled_for_timestamp, Unset):
            rating_scheduled_for_timestamp = format_datetime(
                self.rating_scheduled_for_timestamp
            )

        rating_unscheduled_timestamp: str | Unset = UNSET
        if not isinstance(self.rating_unscheduled_timestamp, Unset):
            rating_unscheduled_timestamp = format_datetime(
                self.rating_unscheduled_timestamp
            )

        rating_cancelled_timestamp: str | Unset = UNSET
        if not isinstance(self.rating_cancelled_timestamp, Unset):
            rating_cancelled_timestamp = format_datetime(
                self.rating_cancelled_timestamp
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rating_score is not UNSET:
            field_dict["rating_score"] = rating_score
        if rating_message is not UNSET:
            field_dict["rating_message"] = rating_message
        if rating_type is not UNSET:
            field_dict["rating_type"] = rating_type
        if rating_status is not UNSET:
            field_dict["rating_status"] = rating_status
        if rating_language is not UNSET:
            field_dict["rating_language"] = rating_language
        if rating_created_timestamp is not UNSET:
            field_dict["rating_created_timestamp"] = rating_created_timestamp
        if rating_offered_timestamp is not UNSET:
            field_dict["rating_offered_timestamp"] = rating_offered_timestamp
        if rating_modified_timestamp is not UNSET:
            field_dict["rating_modified_timestamp"] = rating_modified_timestamp
        if rating_rated_timestamp is not UNSET:
            field_dict["rating_rated_timestamp"] = rating_rated_timestamp
        if rating_scheduled_timestamp is not UNSET:
            field_dict["rating_scheduled_timestamp"] = rating_scheduled_timestamp
        if rating_scheduled_for_timestamp is not UNSET:
            field_dict["rating_scheduled_for_timestamp"] = (
                rating_scheduled_for_timestamp
            )
        if rating_unscheduled_timestamp is not UNSET:
            field_dict["rating_unscheduled_timestamp"] = rating_unscheduled_timestamp
        if rating_cancelled_timestamp is not UNSET:
            field_dict["rating_cancelled_timestamp"] = rating_cancelled_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        rating_score = d.pop("rating_score", UNSET)

        rating_message = d.pop("rating_message", UNSET)

        _rating_type = d.pop("rating_type", UNSET)
        rating_type: ExportRatingType | Unset
        if isinstance(_rating_type, Unset):
            rating_type = UNSET
        else:
            rating_type = ExportRatingType(_rating_type)

        _rating_status = d.pop("rating_status", UNSET)
        rating_status: ExportRatingStatus | Unset
        if isinstance(_rating_status, Unset):
            rating_status = UNSET
        else:
            rating_status = ExportRatingStatus(_rating_status)

        rating_language = d.pop("rating_language", UNSET)

        _rating_created_timestamp = d.pop("rating_created_timestamp", UNSET)
        rating_created_timestamp: datetime.datetime | Unset
        if isinstance(_rating_created_timestamp, Unset):
            rating_created_timestamp = UNSET
        else:
            rating_created_timestamp = parse_datetime(_rating_created_timestamp)

        _rating_offered_timestamp = d.pop("rating_offered_timestamp", UNSET)
        rating_offered_timestamp: datetime.datetime | Unset
        if isinstance(_rating_offered_timestamp, Unset):
            rating_offered_timestamp = UNSET
        else:
            rating_offered_timestamp = parse_datetime(_rating_offered_timestamp)

        _rating_modified_timestamp = d.pop("rating_modified_timestamp", UNSET)
        rating_modified_timestamp: datetime.datetime | Unset
        if isinstance(_rating_modified_timestamp, Unset):
            rating_modified_timestamp = UNSET
        else:
            rating_modified_timestamp = parse_datetime(_rating_modified_timestamp)

        _rating_rated_timestamp = d.pop("rating_rated_timestamp", UNSET)
        rating_rated_timestamp: datetime.datetime | Unset
        if isinstance(_rating_rated_timestamp, Unset):
            rating_rated_timestamp = UNSET
        else:
            rating_rated_timestamp = parse_datetime(_rating_rated_timestamp)

        _rating_scheduled_timestamp = d.pop("rating_scheduled_timestamp", UNSET)
        rating_scheduled_timestamp: datetime.datetime | Unset
        if isinstance(_rating_scheduled_timestamp, Unset):
            rating_scheduled_timestamp = UNSET
        else:
            rating_scheduled_timestamp = parse_datetime(_rating_scheduled_timestamp)

        _rating_scheduled_for_timestamp = d.pop("rating_scheduled_for_timestamp", UNSET)
        rating_scheduled_for_timestamp: datetime.datetime | Unset
        if isinstance(_rating_scheduled_for_timestamp, Unset):
            rating_scheduled_for_timestamp = UNSET
        else:
            rating_scheduled_for_timestamp = parse_datetime(
                _rating_scheduled_for_timestamp
            )

        _rating_unscheduled_timestamp = d.pop("rating_unscheduled_timestamp", UNSET)
        rating_unscheduled_timestamp: datetime.datetime | Unset
        if isinstance(_rating_unscheduled_timestamp, Unset):
            rating_unscheduled_timestamp = UNSET
        else:
            rating_unscheduled_timestamp = parse_datetime(_rating_unscheduled_timestamp)

        _rating_cancelled_timestamp = d.pop("rating_cancelled_timestamp", UNSET)
        rating_cancelled_timestamp: datetime.datetime | Unset
        if isinstance(_rating_cancelled_timestamp, Unset):
            rating_cancelled_timestamp = UNSET
        else:
            rating_cancelled_timestamp = parse_datetime(_rating_cancelled_timestamp)

        exported_rating = cls(
            rating_score=rating_score,
            rating_message=rating_message,
            rating_type=rating_type,
            rating_status=rating_status,
            rating_language=rating_language,
            rating_created_timestamp=rating_created_timestamp,
            rating_offered_timestamp=rating_offered_timestamp,
            rating_modified_timestamp=rating_modified_timestamp,
            rating_rated_timestamp=rating_rated_timestamp,
            rating_scheduled_timestamp=rating_scheduled_timestamp,
            rating_scheduled_for_timestamp=rating_scheduled_for_timestamp,
            rating_unscheduled_timestamp=rating_unscheduled_timestamp,
            rating_cancelled_timestamp=rating_cancelled_timestamp,
        )

        exported_rating.additional_properties = d
        return exported_rating

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
