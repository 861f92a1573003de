from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SelectOption")


@_attrs_define
class SelectOption:
    """
    Attributes:
        id (str): UUID. Kept as a plain string: Dixa's own examples contain ids that are not valid UUIDs.
        is_deactivated (bool):
        label (str):
        order_index (int):
        value (str):
        nested_options (list[SelectOption] | Unset):
    """

    id: str
    is_deactivated: bool
    label: str
    order_index: int
    value: str
    nested_options: list[SelectOption] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "is_deactivated": "isDeactivated",
        "label": "label",
        "order_index": "orderIndex",
        "value": "value",
        "nested_options": "nestedOptions",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_deactivated = self.is_deactivated

        label = self.label

        order_index = self.order_index

        value = self.value

        nested_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nested_options, Unset):
            nested_options = []
            for nested_options_item_data in self.nested_options:
                nested_options_item = nested_options_item_data.to_dict()
                nested_options.append(nested_options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "isDeactivated": is_deactivated,
                "label": label,
                "orderIndex": order_index,
                "value": value,
            }
        )
        if nested_options is not UNSET:
            field_dict["nestedOptions"] = nested_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        id = d.pop("id")

        is_deactivated = d.pop("isDeactivated")

        label = d.pop("label")

        order_index = d.pop("orderIndex")

        value = d.pop("value")

        _nested_options = d.pop("nestedOptions", UNSET)
        nested_options: list[SelectOption] | Unset = UNSET
        if _nested_options is not UNSET:
            nested_options = []
            for nested_options_item_data in _nested_options:
                nested_options_item = SelectOption.from_dict(nested_options_item_data)

                nested_options.append(nested_options_item)

        select_option = cls(
            id=id,
            is_deactivated=is_deactivated,
            label=label,
            order_index=order_index,
            value=value,
            nested_options=nested_options,
        )

        select_option.additional_properties = d
        return select_option

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
