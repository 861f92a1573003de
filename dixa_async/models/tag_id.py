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

from ..models.tag_id_type import TagIdType

if TYPE_CHECKING:
    from ..models.excludes_all import ExcludesAll
    from ..models.excludes_one import ExcludesOne
    from ..models.includes_all import IncludesAll
    from ..models.includes_one import IncludesOne
    from ..models.is_empty import IsEmpty
    from ..models.is_not_empty import IsNotEmpty


T = TypeVar("T", bound="TagId")


@_attrs_define
class TagId:
    """
    Attributes:
        type_ (TagIdType): Variant tag; always `TagId`. Default: TagIdType.TAGID.
        operator (ExcludesAll | ExcludesOne | IncludesAll | IncludesOne | IsEmpty | IsNotEmpty): One of several
            variants, told apart by `_type`.
    """

    operator: (
        ExcludesAll | ExcludesOne | IncludesAll | IncludesOne | IsEmpty | IsNotEmpty
    )
    type_: TagIdType = TagIdType.TAGID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "operator": "operator",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.excludes_all import ExcludesAll  # noqa: PLC0415
        from ..models.excludes_one import ExcludesOne  # noqa: PLC0415
        from ..models.includes_all import IncludesAll  # noqa: PLC0415
        from ..models.includes_one import IncludesOne  # noqa: PLC0415
        from ..models.is_empty import IsEmpty  # noqa: PLC0415

        type_ = self.type_.value

        operator: dict[str, Any]
        if isinstance(self.operator, ExcludesAll):
            operator = self.operator.to_dict()
        elif isinstance(self.operator, ExcludesOne):
            operator = self.operator.to_dict()
        elif isinstance(self.operator, IncludesAll):
            operator = self.operator.to_dict()
        elif isinstance(self.operator, IncludesOne):
            operator = self.operator.to_dict()
        elif isinstance(self.operator, IsEmpty):
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
        from ..models.excludes_all import ExcludesAll  # noqa: PLC0415
        from ..models.excludes_one import ExcludesOne  # noqa: PLC0415
        from ..models.includes_all import IncludesAll  # noqa: PLC0415
        from ..models.includes_one import IncludesOne  # noqa: PLC0415
        from ..models.is_empty import IsEmpty  # noqa: PLC0415
        from ..models.is_not_empty import IsNotEmpty  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = TagIdType(d.pop("_type"))

        def _parse_operator(
            data: object,
        ) -> (
            ExcludesAll | ExcludesOne | IncludesAll | IncludesOne | IsEmpty | IsNotEmpty
        ):
            if isinstance(data, dict):
                type_tag = data.get("_type")
                if type_tag == "ExcludesAll":
                    componentsschemas_field_can_have_multiple_values_or_be_empty_operator_type_0 = ExcludesAll.from_dict(
                        data
                    )

                    return componentsschemas_field_can_have_multiple_values_or_be_empty_operator_type_0
                if type_tag == "ExcludesOne":
                    componentsschemas_field_can_have_multiple_values_or_be_empty_operator_type_1 = ExcludesOne.from_dict(
                        data
                    )

                    return componentsschemas_field_can_have_multiple_values_or_be_empty_operator_type_1
                if type_tag == "IncludesAll":
                    componentsschemas_field_can_have_multiple_values_or_be_empty_operator_type_2 = IncludesAll.from_dict(
                        data
                    )

                    return componentsschemas_field_can_have_multiple_values_or_be_empty_operator_type_2
                if type_tag == "IncludesOne":
                    componentsschemas_field_can_have_multiple_values_or_be_empty_operator_type_3 = IncludesOne.from_dict(
                        data
                    )

                    return componentsschemas_field_can_have_multiple_values_or_be_empty_operator_type_3
                if type_tag == "IsEmpty":
                    componentsschemas_field_can_have_multiple_values_or_be_empty_operator_type_4 = IsEmpty.from_dict(
                        data
                    )

                    return componentsschemas_field_can_have_multiple_values_or_be_empty_operator_type_4
                if type_tag == "IsNotEmpty":
                    componentsschemas_field_can_have_multiple_values_or_be_empty_operator_type_5 = IsNotEmpty.from_dict(
                        data
                    )

                    return componentsschemas_field_can_have_multiple_values_or_be_empty_operator_type_5
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_can_have_multiple_values_or_be_empty_operator_type_0 = ExcludesAll.from_dict(
                    data
                )

                return componentsschemas_field_can_have_multiple_values_or_be_empty_operator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_can_have_multiple_values_or_be_empty_operator_type_1 = ExcludesOne.from_dict(
                    data
                )

                return componentsschemas_field_can_have_multiple_values_or_be_empty_operator_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_can_have_multiple_values_or_be_empty_operator_type_2 = IncludesAll.from_dict(
                    data
                )

                return componentsschemas_field_can_have_multiple_values_or_be_empty_operator_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_can_have_multiple_values_or_be_empty_operator_type_3 = IncludesOne.from_dict(
                    data
                )

                return componentsschemas_field_can_have_multiple_values_or_be_empty_operator_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_can_have_multiple_values_or_be_empty_operator_type_4 = IsEmpty.from_dict(
                    data
                )

                return componentsschemas_field_can_have_multiple_values_or_be_empty_operator_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_field_can_have_multiple_values_or_be_empty_operator_type_5 = IsNotEmpty.from_dict(
                data
            )

            return componentsschemas_field_can_have_multiple_values_or_be_empty_operator_type_5

        operator = _parse_operator(d.pop("operator"))

        tag_id = cls(
            type_=type_,
            operator=operator,
        )

        tag_id.additional_properties = d
        return tag_id

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
