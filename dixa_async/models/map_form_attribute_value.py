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

if TYPE_CHECKING:
    from ..models.attachments import Attachments
    from ..models.select import Select
    from ..models.text_1 import Text1


T = TypeVar("T", bound="MapFormAttributeValue")


@_attrs_define
class MapFormAttributeValue:
    additional_properties: dict[str, Attachments | list[str] | Select | str | Text1] = (
        _attrs_field(init=False, factory=dict)
    )
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {}

    def to_dict(self) -> dict[str, Any]:
        from ..models.attachments import Attachments  # noqa: PLC0415
        from ..models.select import Select  # noqa: PLC0415
        from ..models.text_1 import Text1  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, Attachments):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, Select):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, Text1):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, list):
                field_dict[prop_name] = prop

            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachments import Attachments  # noqa: PLC0415
        from ..models.select import Select  # noqa: PLC0415
        from ..models.text_1 import Text1  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        map_form_attribute_value = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> Attachments | list[str] | Select | str | Text1:
                if isinstance(data, dict):
                    type_tag = data.get("_type")
                    if type_tag == "Attachments":
                        componentsschemas_form_attribute_value_type_0 = (
                            Attachments.from_dict(data)
                        )

                        return componentsschemas_form_attribute_value_type_0
                    if type_tag == "Select":
                        componentsschemas_form_attribute_value_type_1 = (
                            Select.from_dict(data)
                        )

                        return componentsschemas_form_attribute_value_type_1
                    if type_tag == "Text":
                        componentsschemas_form_attribute_value_type_2 = Text1.from_dict(
                            data
                        )

                        return componentsschemas_form_attribute_value_type_2
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_form_attribute_value_type_0 = (
                        Attachments.from_dict(data)
                    )

                    return componentsschemas_form_attribute_value_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_form_attribute_value_type_1 = Select.from_dict(
                        data
                    )

                    return componentsschemas_form_attribute_value_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_form_attribute_value_type_2 = Text1.from_dict(
                        data
                    )

                    return componentsschemas_form_attribute_value_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    additional_property_type_2 = cast(list[str], data)

                    return additional_property_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Attachments | list[str] | Select | str | Text1, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        map_form_attribute_value.additional_properties = additional_properties
        return map_form_attribute_value

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Attachments | list[str] | Select | str | Text1:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: Attachments | list[str] | Select | str | Text1
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
