from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preset_type import PresetType

if TYPE_CHECKING:
    from ..models.preset_value import PresetValue


T = TypeVar("T", bound="Preset")


@_attrs_define
class Preset:
    """
    Attributes:
        type_ (PresetType): Variant tag; always `Preset`. Default: PresetType.PRESET.
        value (PresetValue | str): The preset period. Dixa's examples send `{"_type": "PreviousWeek"}`; the older schema
            declares a bare string. Both are accepted.
    """

    value: PresetValue | str
    type_: PresetType = PresetType.PRESET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "value": "value",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.preset_value import PresetValue  # noqa: PLC0415

        type_ = self.type_.value

        value: dict[str, Any] | str
        if isinstance(self.value, PresetValue):
            value = self.value.to_dict()
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.preset_value import PresetValue  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = PresetType(d.pop("_type"))

        def _parse_value(data: object) -> PresetValue | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_type_0 = PresetValue.from_dict(data)

                return value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PresetValue | str, data)

        value = _parse_value(d.pop("value"))

        preset = cls(
            type_=type_,
            value=value,
        )

        preset.additional_properties = d
        return preset

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
