from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_attributes_direction import PhoneAttributesDirection
from ..models.phone_attributes_type import PhoneAttributesType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneAttributes")


@_attrs_define
class PhoneAttributes:
    """
    Attributes:
        type_ (PhoneAttributesType): Variant tag; always `PhoneAttributes`. Default:
            PhoneAttributesType.PHONEATTRIBUTES.
        from_ (int | str): A phone number; Dixa's examples send it as a string or a bare number.
        to (int | str): A phone number; Dixa's examples send it as a string or a bare number.
        direction (PhoneAttributesDirection | Unset):
        duration (int | Unset):
    """

    from_: int | str
    to: int | str
    type_: PhoneAttributesType = PhoneAttributesType.PHONEATTRIBUTES
    direction: PhoneAttributesDirection | Unset = UNSET
    duration: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "from_": "from",
        "to": "to",
        "direction": "direction",
        "duration": "duration",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        from_: int | str
        from_ = self.from_

        to: int | str
        to = self.to

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "from": from_,
                "to": to,
            }
        )
        if direction is not UNSET:
            field_dict["direction"] = direction
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = PhoneAttributesType(d.pop("_type"))

        def _parse_from_(data: object) -> int | str:
            return cast(int | str, data)

        from_ = _parse_from_(d.pop("from"))

        def _parse_to(data: object) -> int | str:
            return cast(int | str, data)

        to = _parse_to(d.pop("to"))

        _direction = d.pop("direction", UNSET)
        direction: PhoneAttributesDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = PhoneAttributesDirection(_direction)

        duration = d.pop("duration", UNSET)

        phone_attributes = cls(
            type_=type_,
            from_=from_,
            to=to,
            direction=direction,
            duration=duration,
        )

        phone_attributes.additional_properties = d
        return phone_attributes

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
