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

from ..models.status_field_type import StatusFieldType

if TYPE_CHECKING:
    from ..models.status_in import StatusIn
    from ..models.status_not_in import StatusNotIn


T = TypeVar("T", bound="StatusField")


@_attrs_define
class StatusField:
    """
    Attributes:
        type_ (StatusFieldType): Variant tag; always `Status`. Default: StatusFieldType.STATUS.
        operator (StatusIn | StatusNotIn): One of several variants, told apart by `_type`.
    """

    operator: StatusIn | StatusNotIn
    type_: StatusFieldType = StatusFieldType.STATUS
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "operator": "operator",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.status_not_in import StatusNotIn  # noqa: PLC0415

        type_ = self.type_.value

        operator: dict[str, Any]
        if isinstance(self.operator, StatusNotIn):
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
        from ..models.status_in import StatusIn  # noqa: PLC0415
        from ..models.status_not_in import StatusNotIn  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = StatusFieldType(d.pop("_type"))

        def _parse_operator(data: object) -> StatusIn | StatusNotIn:
            if isinstance(data, dict):
                type_tag = data.get("_type")
                if type_tag == "IsNotOneOf":
                    componentsschemas_status_operator_type_0 = StatusNotIn.from_dict(
                        data
                    )

                    return componentsschemas_status_operator_type_0
                if type_tag == "IsOneOf":
                    componentsschemas_status_operator_type_1 = StatusIn.from_dict(data)

                    return componentsschemas_status_operator_type_1
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_status_operator_type_0 = StatusNotIn.from_dict(data)

                return componentsschemas_status_operator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_status_operator_type_1 = StatusIn.from_dict(data)

            return componentsschemas_status_operator_type_1

        operator = _parse_operator(d.pop("operator"))

        status_field = cls(
            type_=type_,
            operator=operator,
        )

        status_field.additional_properties = d
        return status_field

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
