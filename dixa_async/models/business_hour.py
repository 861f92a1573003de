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

from ..models.business_hour_status import BusinessHourStatus
from ..models.business_hour_type import BusinessHourType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recurring import Recurring
    from ..models.time_interval import TimeInterval


T = TypeVar("T", bound="BusinessHour")


@_attrs_define
class BusinessHour:
    """
    Attributes:
        business_hour_type (BusinessHourType):
        name (str):
        start_date (str):
        status (BusinessHourStatus):
        day_of_week (int | Unset):
        intervals (list[TimeInterval] | Unset):
        next_date (str | Unset):
        recurring (Recurring | Unset):
    """

    business_hour_type: BusinessHourType
    name: str
    start_date: str
    status: BusinessHourStatus
    day_of_week: int | Unset = UNSET
    intervals: list[TimeInterval] | Unset = UNSET
    next_date: str | Unset = UNSET
    recurring: Recurring | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "business_hour_type": "businessHourType",
        "name": "name",
        "start_date": "startDate",
        "status": "status",
        "day_of_week": "dayOfWeek",
        "intervals": "intervals",
        "next_date": "nextDate",
        "recurring": "recurring",
    }

    def to_dict(self) -> dict[str, Any]:
        business_hour_type = self.business_hour_type.value

        name = self.name

        start_date = self.start_date

        status = self.status.value

        day_of_week = self.day_of_week

        intervals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.intervals, Unset):
            intervals = []
            for intervals_item_data in self.intervals:
                intervals_item = intervals_item_data.to_dict()
                intervals.append(intervals_item)

        next_date = self.next_date

        recurring: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recurring, Unset):
            recurring = self.recurring.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "businessHourType": business_hour_type,
                "name": name,
                "startDate": start_date,
                "status": status,
            }
        )
        if day_of_week is not UNSET:
            field_dict["dayOfWeek"] = day_of_week
        if intervals is not UNSET:
            field_dict["intervals"] = intervals
        if next_date is not UNSET:
            field_dict["nextDate"] = next_date
        if recurring is not UNSET:
            field_dict["recurring"] = recurring

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recurring import Recurring  # noqa: PLC0415
        from ..models.time_interval import TimeInterval  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        business_hour_type = BusinessHourType(d.pop("businessHourType"))

        name = d.pop("name")

        start_date = d.pop("startDate")

        status = BusinessHourStatus(d.pop("status"))

        day_of_week = d.pop("dayOfWeek", UNSET)

        _intervals = d.pop("intervals", UNSET)
        intervals: list[TimeInterval] | Unset = UNSET
        if _intervals is not UNSET:
            intervals = []
            for intervals_item_data in _intervals:
                intervals_item = TimeInterval.from_dict(intervals_item_data)

                intervals.append(intervals_item)

        next_date = d.pop("nextDate", UNSET)

        _recurring = d.pop("recurring", UNSET)
        recurring: Recurring | Unset
        if isinstance(_recurring, Unset):
            recurring = UNSET
        else:
            recurring = Recurring.from_dict(_recurring)

        business_hour = cls(
            business_hour_type=business_hour_type,
            name=name,
            start_date=start_date,
            status=status,
            day_of_week=day_of_week,
            intervals=intervals,
            next_date=next_date,
            recurring=recurring,
        )

        business_hour.additional_properties = d
        return business_hour

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
