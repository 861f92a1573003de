from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.string_field_type import StringFieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StringField")


@_attrs_define
class StringField:
    """
    Attributes:
        type_ (StringFieldType): Variant tag; always `StringField`. Default: StringFieldType.STRINGFIELD.
        value (str):
        label (str | Unset):
    """

    value: str
    type_: StringFieldType = StringFieldType.STRINGFIELD
    label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "value": "value",
        "label": "label",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        value = self.value

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "value": value,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = StringFieldType(d.pop("_type"))

        value = d.pop("value")

        label = d.pop("label", UNSET)

        string_field = cls(
            type_=type_,
            value=value,
            label=label,
        )

        string_field.additional_properties = d
        return string_field

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
