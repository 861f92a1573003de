from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.is_one_of_3_type import IsOneOf3Type
from ..models.is_one_of_3_values_item import IsOneOf3ValuesItem

T = TypeVar("T", bound="IsOneOf3")


@_attrs_define
class IsOneOf3:
    """
    Attributes:
        type_ (IsOneOf3Type): Variant tag; always `IsOneOf`. Default: IsOneOf3Type.ISONEOF.
        values (list[IsOneOf3ValuesItem]):
    """

    values: list[IsOneOf3ValuesItem]
    type_: IsOneOf3Type = IsOneOf3Type.ISONEOF
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.value
            values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = IsOneOf3Type(d.pop("_type"))

        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = IsOneOf3ValuesItem(values_item_data)

            values.append(values_item)

        is_one_of_3 = cls(
            type_=type_,
            values=values,
        )

        is_one_of_3.additional_properties = d
        return is_one_of_3

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
