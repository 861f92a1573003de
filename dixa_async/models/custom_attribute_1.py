from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_attribute_1_type import CustomAttribute1Type

if TYPE_CHECKING:
    from ..models.is_empty import IsEmpty
    from ..models.is_not_empty import IsNotEmpty
    from ..models.is_not_one_of_2 import IsNotOneOf2
    from ..models.is_one_of_2 import IsOneOf2


T = TypeVar("T", bound="CustomAttribute1")


@_attrs_define
class CustomAttribute1:
    """
    Attributes:
        type_ (CustomAttribute1Type): Variant tag; always `CustomAttribute`. Default:
            CustomAttribute1Type.CUSTOMATTRIBUTE.
        attribute_id (str):
        operator (IsEmpty | IsNotEmpty | IsNotOneOf2 | IsOneOf2): One of several variants, told apart by `_type`.
    """

    attribute_id: str
    operator: IsEmpty | IsNotEmpty | IsNotOneOf2 | IsOneOf2
    type_: CustomAttribute1Type = CustomAttribute1Type.CUSTOMATTRIBUTE
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.is_empty import IsEmpty  # noqa: PLC0415
        from ..models.is_not_empty import IsNotEmpty  # noqa: PLC0415
        from ..models.is_not_one_of_2 import IsNotOneOf2  # noqa: PLC0415

        type_ = self.type_.value

        attribute_id = self.attribute_id

        operator: dict[str, Any]
        if isinstance(self.operator, IsEmpty):
            operator = self.operator.to_dict()
        elif isinstance(self.operator, IsNotEmpty):
            operator = self.operator.to_dict()
        elif isinstance(self.operator, IsNotOneOf2):
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
        from ..models.is_not_one_of_2 import IsNotOneOf2  # noqa: PLC0415
        from ..models.is_one_of_2 import IsOneOf2  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = CustomAttribute1Type(d.pop("_type"))

        attribute_id = d.pop("attributeId")

        def _parse_operator(
            data: object,
        ) -> IsEmpty | IsNotEmpty | IsNotOneOf2 | IsOneOf2:
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
                        IsNotOneOf2.from_dict(data)
                    )

                    return componentsschemas_custom_attribute_operator_type_2
                if type_tag == "IsOneOf":
                    componentsschemas_custom_attribute_operator_type_3 = (
                        IsOneOf2.from_dict(data)
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
                    IsNotOneOf2.from_dict(data)
                )

                return componentsschemas_custom_attribute_operator_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_custom_attribute_operator_type_3 = IsOneOf2.from_dict(
                data
            )

            return componentsschemas_custom_attribute_operator_type_3

        operator = _parse_operator(d.pop("operator"))

        custom_attribute_1 = cls(
            type_=type_,
            attribute_id=attribute_id,
            operator=operator,
        )

        custom_attribute_1.additional_properties = d
        return custom_attribute_1

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
