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

from ..models.list_field_type import ListFieldType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_field import BooleanField
    from ..models.double_field import DoubleField
    from ..models.instant_field import InstantField
    from ..models.int_field import IntField
    from ..models.long_field import LongField
    from ..models.string_field import StringField
    from ..models.uuid_field import UUIDField


T = TypeVar("T", bound="ListField")


@_attrs_define
class ListField:
    """
    Attributes:
        type_ (ListFieldType): Variant tag; always `ListField`. Default: ListFieldType.LISTFIELD.
        values (list[BooleanField | DoubleField | InstantField | IntField | LongField | StringField | UUIDField] |
            Unset):
    """

    type_: ListFieldType = ListFieldType.LISTFIELD
    values: (
        list[
            BooleanField
            | DoubleField
            | InstantField
            | IntField
            | LongField
            | StringField
            | UUIDField
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "values": "values",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.boolean_field import BooleanField  # noqa: PLC0415
        from ..models.double_field import DoubleField  # noqa: PLC0415
        from ..models.instant_field import InstantField  # noqa: PLC0415
        from ..models.int_field import IntField  # noqa: PLC0415
        from ..models.long_field import LongField  # noqa: PLC0415
        from ..models.string_field import StringField  # noqa: PLC0415

        type_ = self.type_.value

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item: dict[str, Any]
                if isinstance(values_item_data, BooleanField):
                    values_item = values_item_data.to_dict()
                elif isinstance(values_item_data, DoubleField):
                    values_item = values_item_data.to_dict()
                elif isinstance(values_item_data, InstantField):
                    values_item = values_item_data.to_dict()
                elif isinstance(values_item_data, IntField):
                    values_item = values_item_data.to_dict()
                elif isinstance(values_item_data, LongField):
                    values_item = values_item_data.to_dict()
                elif isinstance(values_item_data, StringField):
                    values_item = values_item_data.to_dict()
                else:
                    values_item = values_item_data.to_dict()

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
        from ..models.boolean_field import BooleanField  # noqa: PLC0415
        from ..models.double_field import DoubleField  # noqa: PLC0415
        from ..models.instant_field import InstantField  # noqa: PLC0415
        from ..models.int_field import IntField  # noqa: PLC0415
        from ..models.long_field import LongField  # noqa: PLC0415
        from ..models.string_field import StringField  # noqa: PLC0415
        from ..models.uuid_field import UUIDField  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = ListFieldType(d.pop("_type"))

        _values = d.pop("values", UNSET)
        values: (
            list[
                BooleanField
                | DoubleField
                | InstantField
                | IntField
                | LongField
                | StringField
                | UUIDField
            ]
            | Unset
        ) = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:

                def _parse_values_item(
                    data: object,
                ) -> (
                    BooleanField
                    | DoubleField
                    | InstantField
                    | IntField
                    | LongField
                    | StringField
                    | UUIDField
                ):
                    if isinstance(data, dict):
                        type_tag = data.get("_type")
                        if type_tag == "BooleanField":
                            componentsschemas_primitive_field_type_0 = (
                                BooleanField.from_dict(data)
                            )

                            return componentsschemas_primitive_field_type_0
                        if type_tag == "DoubleField":
                            componentsschemas_primitive_field_type_1 = (
                                DoubleField.from_dict(data)
                            )

                            return componentsschemas_primitive_field_type_1
                        if type_tag == "InstantField":
                            componentsschemas_primitive_field_type_2 = (
                                InstantField.from_dict(data)
                            )

                            return componentsschemas_primitive_field_type_2
                        if type_tag == "IntField":
                            componentsschemas_primitive_field_type_3 = (
                                IntField.from_dict(data)
                            )

                            return componentsschemas_primitive_field_type_3
                        if type_tag == "LongField":
                            componentsschemas_primitive_field_type_4 = (
                                LongField.from_dict(data)
                            )

                            return componentsschemas_primitive_field_type_4
                        if type_tag == "StringField":
                            componentsschemas_primitive_field_type_5 = (
                                StringField.from_dict(data)
                            )

                            return componentsschemas_primitive_field_type_5
                        if type_tag == "UUIDField":
                            componentsschemas_primitive_field_type_6 = (
                                UUIDField.from_dict(data)
                            )

                            return componentsschemas_primitive_field_type_6
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_primitive_field_type_0 = (
                            BooleanField.from_dict(data)
                        )

                        return componentsschemas_primitive_field_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_primitive_field_type_1 = (
                            DoubleField.from_dict(data)
                        )

                        return componentsschemas_primitive_field_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_primitive_field_type_2 = (
                            InstantField.from_dict(data)
                        )

                        return componentsschemas_primitive_field_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_primitive_field_type_3 = IntField.from_dict(
                            data
                        )

                        return componentsschemas_primitive_field_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_primitive_field_type_4 = LongField.from_dict(
                            data
                        )

                        return componentsschemas_primitive_field_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_primitive_field_type_5 = (
                            StringField.from_dict(data)
                        )

                        return componentsschemas_primitive_field_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_primitive_field_type_6 = UUIDField.from_dict(data)

                    return componentsschemas_primitive_field_type_6

                values_item = _parse_values_item(values_item_data)

                values.append(values_item)

        list_field = cls(
            type_=type_,
            values=values,
        )

        list_field.additional_properties = d
        return list_field

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
