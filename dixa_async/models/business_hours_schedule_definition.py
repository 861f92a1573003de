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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.business_hour_exception import BusinessHourException
    from ..models.business_hour_regular import BusinessHourRegular


T = TypeVar("T", bound="BusinessHoursScheduleDefinition")


@_attrs_define
class BusinessHoursScheduleDefinition:
    """
    Attributes:
        id (str):
        name (str):
        timezone (str):
        business_hours (list[BusinessHourRegular] | Unset):
        exceptions (list[BusinessHourException] | Unset):
    """

    id: str
    name: str
    timezone: str
    business_hours: list[BusinessHourRegular] | Unset = UNSET
    exceptions: list[BusinessHourException] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "name": "name",
        "timezone": "timezone",
        "business_hours": "businessHours",
        "exceptions": "exceptions",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        timezone = self.timezone

        business_hours: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.business_hours, Unset):
            business_hours = []
            for business_hours_item_data in self.business_hours:
                business_hours_item = business_hours_item_data.to_dict()
                business_hours.append(business_hours_item)

        exceptions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exceptions, Unset):
            exceptions = []
            for exceptions_item_data in self.exceptions:
                exceptions_item = exceptions_item_data.to_dict()
                exceptions.append(exceptions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "timezone": timezone,
            }
        )
        if business_hours is not UNSET:
            field_dict["businessHours"] = business_hours
        if exceptions is not UNSET:
            field_dict["exceptions"] = exceptions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.business_hour_exception import BusinessHourException  # noqa: PLC0415
        from ..models.business_hour_regular import BusinessHourRegular  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        id = d.pop("id")

        name = d.pop("name")

        timezone = d.pop("timezone")

        _business_hours = d.pop("businessHours", UNSET)
        business_hours: list[BusinessHourRegular] | Unset = UNSET
        if _business_hours is not UNSET:
            business_hours = []
            for business_hours_item_data in _business_hours:
                business_hours_item = BusinessHourRegular.from_dict(
                    business_hours_item_data
                )

                business_hours.append(business_hours_item)

        _exceptions = d.pop("exceptions", UNSET)
        exceptions: list[BusinessHourException] | Unset = UNSET
        if _exceptions is not UNSET:
            exceptions = []
            for exceptions_item_data in _exceptions:
                exceptions_item = BusinessHourException.from_dict(exceptions_item_data)

                exceptions.append(exceptions_item)

        business_hours_schedule_definition = cls(
            id=id,
            name=name,
            timezone=timezone,
            business_hours=business_hours,
            exceptions=exceptions,
        )

        business_hours_schedule_definition.additional_properties = d
        return business_hours_schedule_definition

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
