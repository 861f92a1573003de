from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.is_not_one_of_5_field import IsNotOneOf5Field
from ..models.is_not_one_of_5_type import IsNotOneOf5Type

T = TypeVar("T", bound="IsNotOneOf5")


@_attrs_define
class IsNotOneOf5:
    """
    Attributes:
        type_ (IsNotOneOf5Type): Variant tag; always `IsNotOneOf`. Default: IsNotOneOf5Type.ISNOTONEOF.
        field (IsNotOneOf5Field):
        values (list[str]):
    """

    field: IsNotOneOf5Field
    values: list[str]
    type_: IsNotOneOf5Type = IsNotOneOf5Type.ISNOTONEOF
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        field = self.field.value

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "field": field,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = IsNotOneOf5Type(d.pop("_type"))

        field = IsNotOneOf5Field(d.pop("field"))

        values = cast(list[str], d.pop("values"))

        is_not_one_of_5 = cls(
            type_=type_,
            field=field,
            values=values,
        )

        is_not_one_of_5.additional_properties = d
        return is_not_one_of_5

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
