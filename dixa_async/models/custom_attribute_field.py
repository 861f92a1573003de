from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_attribute_field_type import CustomAttributeFieldType

if TYPE_CHECKING:
    from ..models.is_empty import IsEmpty
    from ..models.is_not_empty import IsNotEmpty
    from ..models.option_path_in import OptionPathIn
    from ..models.option_path_not_in import OptionPathNotIn


T = TypeVar("T", bound="CustomAttributeField")


@_attrs_define
class CustomAttributeField:
    """
    Attributes:
        type_ (CustomAttributeFieldType): Variant tag; always `CustomAttribute`. Default:
            CustomAttributeFieldType.CUSTOMATTRIBUTE.
        attribute_id (str):
        operator (IsEmpty | IsNotEmpty | OptionPathIn | OptionPathNotIn): One of several variants, told apart by
            `_type`.
    """

    attribute_id: str
    operator: IsEmpty | IsNotEmpty | OptionPathIn | OptionPathNotIn
    type_: CustomAttributeFieldType = CustomAttributeFieldType.CUSTOMATTRIBUTE
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "attribute_id": "attributeId",
        "operator": "operator",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.is_empty import IsEmpty  # noqa: PLC0415
        from ..models.is_not_empty import IsNotEmpty  # noqa: PLC0415
        from ..models.option_path_not_in import OptionPathNotIn  # noqa: PLC0415

        type_ = self.type_.value

        attribute_id = self.attribute_id

        operator: dict[str, Any]
        if isinstance(self.operator, IsEmpty):
            operator = self.operator.to_dict()
        elif isinstance(self.operator, IsNotEmpty):
            operator = self.operator.to_dict()
        elif isinstance(self.operator, OptionPathNotIn):
            operator = self.operator.to_dict()
        else:
            operator = self.operator.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "attributeId": attribute_id,
                "operator": operator,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.is_empty import IsEmpty  # noqa: PLC0415
        from ..models.is_not_empty import IsNotEmpty  # noqa: PLC0415
        from ..models.option_path_in import OptionPathIn  # noqa: PLC0415
        from ..models.option_path_not_in import OptionPathNotIn  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = CustomAttributeFieldType(d.pop("_type"))

        attribute_id = d.pop("attributeId")

        def _parse_operator(
            data: object,
        ) -> IsEmpty | IsNotEmpty | OptionPathIn | OptionPathNotIn:
            if isinstance(data, dict):
                type_tag = data.get("_type")
                if type_tag == "IsEmpty":
                    componentsschemas_custom_attribute_operator_type_0 = (
                        IsEmpty.from_dict(data)
                    )

                    return componentsschemas_custom_attribute_operator_type_0
                if type_tag == "IsNotEmpty":
                    componentsschemas_custom_attribute_operator_type_1 = (
                        IsNotEmpty.from_dict(data)
                    )

                    return componentsschemas_custom_attribute_operator_type_1
                if type_tag == "IsNotOneOf":
                    componentsschemas_custom_attribute_operator_type_2 = (
                        OptionPathNotIn.from_dict(data)
                    )

                    return componentsschemas_custom_attribute_operator_type_2
                if type_tag == "IsOneOf":
                    componentsschemas_custom_attribute_operator_type_3 = (
                        OptionPathIn.from_dict(data)
                    )

                    return componentsschemas_custom_attribute_operator_type_3
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_custom_attribute_operator_type_0 = IsEmpty.from_dict(
                    data
                )

                return componentsschemas_custom_attribute_operator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_custom_attribute_operator_type_1 = (
                    IsNotEmpty.from_dict(data)
                )

                return componentsschemas_custom_attribute_operator_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_custom_attribute_operator_type_2 = (
                    OptionPathNotIn.from_dict(data)
                )

                return componentsschemas_custom_attribute_operator_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_custom_attribute_operator_type_3 = OptionPathIn.from_dict(
                data
            )

            return componentsschemas_custom_attribute_operator_type_3

        operator = _parse_operator(d.pop("operator"))

        custom_attribute_field = cls(
            type_=type_,
            attribute_id=attribute_id,
            operator=operator,
        )

        custom_attribute_field.additional_properties = d
        return custom_attribute_field

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
