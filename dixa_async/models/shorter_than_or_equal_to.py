from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shorter_than_or_equal_to_type import ShorterThanOrEqualToType

T = TypeVar("T", bound="ShorterThanOrEqualTo")


@_attrs_define
class ShorterThanOrEqualTo:
    """
    Attributes:
        type_ (ShorterThanOrEqualToType): Variant tag; always `ShorterThanOrEqualTo`. Default:
            ShorterThanOrEqualToType.SHORTERTHANOREQUALTO.
        duration (int):
    """

    duration: int
    type_: ShorterThanOrEqualToType = ShorterThanOrEqualToType.SHORTERTHANOREQUALTO
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "duration": "duration",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "duration": duration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = ShorterThanOrEqualToType(d.pop("_type"))

        duration = d.pop("duration")

        shorter_than_or_equal_to = cls(
            type_=type_,
            duration=duration,
        )

        shorter_than_or_equal_to.additional_properties = d
        return shorter_than_or_equal_to

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
