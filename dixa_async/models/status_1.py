from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_1_type import Status1Type

if TYPE_CHECKING:
    from ..models.is_not_one_of_4 import IsNotOneOf4
    from ..models.is_one_of_4 import IsOneOf4


T = TypeVar("T", bound="Status1")


@_attrs_define
class Status1:
    """
    Attributes:
        type_ (Status1Type): Variant tag; always `Status`. Default: Status1Type.STATUS.
        operator (IsNotOneOf4 | IsOneOf4): One of several variants, told apart by `_type`.
    """

    operator: IsNotOneOf4 | IsOneOf4
    type_: Status1Type = Status1Type.STATUS
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.is_not_one_of_4 import IsNotOneOf4  # noqa: PLC0415

        type_ = self.type_.value

        operator: dict[str, Any]
        if isinstance(self.operator, IsNotOneOf4):
            operator = self.operator.to_dict()
        else:
            operator = self.operator.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "operator": operator,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.is_not_one_of_4 import IsNotOneOf4  # noqa: PLC0415
        from ..models.is_one_of_4 import IsOneOf4  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = Status1Type(d.pop("_type"))

        def _parse_operator(data: object) -> IsNotOneOf4 | IsOneOf4:
            if isinstance(data, dict):
                type_tag = data.get("_type")
                if type_tag == "IsNotOneOf":
                    componentsschemas_status_operator_type_0 = IsNotOneOf4.from_dict(
                        data
                    )

                    return componentsschemas_status_operator_type_0
                if type_tag == "IsOneOf":
                    componentsschemas_status_operator_type_1 = IsOneOf4.from_dict(data)

                    return componentsschemas_status_operator_type_1
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_status_operator_type_0 = IsNotOneOf4.from_dict(data)

                return componentsschemas_status_operator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_status_operator_type_1 = IsOneOf4.from_dict(data)

            return componentsschemas_status_operator_type_1

        operator = _parse_operator(d.pop("operator"))

        status_1 = cls(
            type_=type_,
            operator=operator,
        )

        status_1.additional_properties = d
        return status_1

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
