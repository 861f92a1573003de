from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Recurring")


@_attrs_define
class Recurring:
    """
    Attributes:
        day_of_month (int | Unset):
        holiday (str | Unset):
        month_of_year (int | Unset):
    """

    day_of_month: int | Unset = UNSET
    holiday: str | Unset = UNSET
    month_of_year: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "day_of_month": "dayOfMonth",
        "holiday": "holiday",
        "month_of_year": "monthOfYear",
    }

    def to_dict(self) -> dict[str, Any]:
        day_of_month = self.day_of_month

        holiday = self.holiday

        month_of_year = self.month_of_year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if day_of_month is not UNSET:
            field_dict["dayOfMonth"] = day_of_month
        if holiday is not UNSET:
            field_dict["holiday"] = holiday
        if month_of_year is not UNSET:
            field_dict["monthOfYear"] = month_of_year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        day_of_month = d.pop("dayOfMonth", UNSET)

        holiday = d.pop("holiday", UNSET)

        month_of_year = d.pop("monthOfYear", UNSET)

        recurring = cls(
            day_of_month=day_of_month,
            holiday=holiday,
            month_of_year=month_of_year,
        )

        recurring.additional_properties = d
        return recurring

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
