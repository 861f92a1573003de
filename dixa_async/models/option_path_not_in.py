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

from ..models.option_path_not_in_type import OptionPathNotInType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OptionPathNotIn")


@_attrs_define
class OptionPathNotIn:
    """
    Attributes:
        type_ (OptionPathNotInType): Variant tag; always `IsNotOneOf`. Default: OptionPathNotInType.ISNOTONEOF.
        values (list[list[str]] | Unset):
    """

    type_: OptionPathNotInType = OptionPathNotInType.ISNOTONEOF
    values: list[list[str]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "values": "values",
    }

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
        type_ = OptionPathNotInType(d.pop("_type"))

        _values = d.pop("values", UNSET)
        values: list[list[str]] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item = cast(list[str], values_item_data)

                values.append(values_item)

        option_path_not_in = cls(
            type_=type_,
            values=values,
        )

        option_path_not_in.additional_properties = d
        return option_path_not_in

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
