from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.is_not_one_of_2_type import IsNotOneOf2Type
from ..types import UNSET, Unset

T = TypeVar("T", bound="IsNotOneOf2")


@_attrs_define
class IsNotOneOf2:
    """
    Attributes:
        type_ (IsNotOneOf2Type): Variant tag; always `IsNotOneOf`. Default: IsNotOneOf2Type.ISNOTONEOF.
        values (list[list[str]] | Unset):
    """

    type_: IsNotOneOf2Type = IsNotOneOf2Type.ISNOTONEOF
    values: list[list[str]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        values: list[list[str]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data

                values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
            }
        )
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = IsNotOneOf2Type(d.pop("_type"))

        _values = d.pop("values", UNSET)
        values: list[list[str]] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item = cast(list[str], values_item_data)

                values.append(values_item)

        is_not_one_of_2 = cls(
            type_=type_,
            values=values,
        )

        is_not_one_of_2.additional_properties = d
        return is_not_one_of_2

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
