from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.duration_between_type import DurationBetweenType

T = TypeVar("T", bound="DurationBetween")


@_attrs_define
class DurationBetween:
    """
    Attributes:
        type_ (DurationBetweenType): Variant tag; always `Between`. Default: DurationBetweenType.BETWEEN.
        max_ (int):
        min_ (int):
    """

    max_: int
    min_: int
    type_: DurationBetweenType = DurationBetweenType.BETWEEN
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "max_": "max",
        "min_": "min",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        max_ = self.max_

        min_ = self.min_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "max": max_,
                "min": min_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = DurationBetweenType(d.pop("_type"))

        max_ = d.pop("max")

        min_ = d.pop("min")

        duration_between = cls(
            type_=type_,
            max_=max_,
            min_=min_,
        )

        duration_between.additional_properties = d
        return duration_between

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
