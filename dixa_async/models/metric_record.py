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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_field import BooleanField
    from ..models.double_field import DoubleField
    from ..models.field import Field
    from ..models.instant_field import InstantField
    from ..models.int_field import IntField
    from ..models.list_field import ListField
    from ..models.long_field import LongField
    from ..models.string_field import StringField
    from ..models.timestamp_field import TimestampField
    from ..models.uuid_field import UUIDField


T = TypeVar("T", bound="MetricRecord")


@_attrs_define
class MetricRecord:
    """
    Attributes:
        primary_timestamp_field (TimestampField):
        fields (list[Field] | Unset):
        value (BooleanField | DoubleField | InstantField | IntField | ListField | LongField | StringField |
            TimestampField | Unset | UUIDField): One of several variants, told apart by `_type`.
    """

    primary_timestamp_field: TimestampField
    fields: list[Field] | Unset = UNSET
    value: (
        BooleanField
        | DoubleField
        | InstantField
        | IntField
        | ListField
        | LongField
        | StringField
        | TimestampField
        | Unset
        | UUIDField
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "primary_timestamp_field": "primaryTimestampField",
        "fields": "fields",
        "value": "value",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.boolean_field import BooleanField  # noqa: PLC0415
        from ..models.double_field import DoubleField  # noqa: PLC0415
        from ..models.instant_field import InstantField  # noqa: PLC0415
        from ..models.int_field import IntField  # noqa: PLC0415
        from ..models.list_field import ListField  # noqa: PLC0415
        from ..models.long_field import LongField  # noqa: PLC0415
        from ..models.string_field import StringField  # noqa: PLC0415
        from ..models.timestamp_field import TimestampField  # noqa: PLC0415

        primary_timestamp_field = self.primary_timestamp_field.to_dict()

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        value: dict[str, Any] | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, BooleanField):
            value = self.value.to_dict()
        elif isinstance(self.value, DoubleField):
            value = self.value.to_dict()
        elif isinstance(self.value, InstantField):
            value = self.value.to_dict()
        elif isinstance(self.value, IntField):
            value = self.value.to_dict()
        elif isinstance(self.value, ListField):
            value = self.value.to_dict()
        elif isinstance(self.value, LongField):
            value = self.value.to_dict()
        elif isinstance(self.value, StringField):
            value = self.value.to_dict()
        elif isinstance(self.value, TimestampField):
            value = self.value.to_dict()
        else:
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "primaryTimestampField": primary_timestamp_field,
            }
        )
        if fields is not UNSET:
            field_dict["fields"] = fields
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.boolean_field import BooleanField  # noqa: PLC0415
        from ..models.double_field import DoubleField  # noqa: PLC0415
        from ..models.field import Field  # noqa: PLC0415
        from ..models.instant_field import InstantField  # noqa: PLC0415
        from ..models.int_field import IntField  # noqa: PLC0415
        from ..models.list_field import ListField  # noqa: PLC0415
        from ..models.long_field import LongField  # noqa: PLC0415
        from ..models.string_field import StringField  # noqa: PLC0415
        from ..models.timestamp_field import TimestampField  # noqa: PLC0415
        from ..models.uuid_field import UUIDField  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        primary_timestamp_field = TimestampField.from_dict(
            d.pop("primaryTimestampField")
        )

        _fields = d.pop("fields", UNSET)
        fields: list[Field] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = Field.from_dict(fields_item_data)

                fields.append(fields_item)

        def _parse_value(
            data: object,
        ) -> (
            BooleanField
            | DoubleField
            | InstantField
            | IntField
            | ListField
            | LongField
            | StringField
            | TimestampField
            | Unset
            | UUIDField
        ):
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                type_tag = data.get("_type")
                if type_tag == "BooleanField":
                    componentsschemas_field_type_type_0 = BooleanField.from_dict(data)

                    return componentsschemas_field_type_type_0
                if type_tag == "DoubleField":
                    componentsschemas_field_type_type_1 = DoubleField.from_dict(data)

                    return componentsschemas_field_type_type_1
                if type_tag == "InstantField":
                    componentsschemas_field_type_type_2 = InstantField.from_dict(data)

                    return componentsschemas_field_type_type_2
                if type_tag == "IntField":
                    componentsschemas_field_type_type_3 = IntField.from_dict(data)

                    return componentsschemas_field_type_type_3
                if type_tag == "ListField":
                    componentsschemas_field_type_type_4 = ListField.from_dict(data)

                    return componentsschemas_field_type_type_4
                if type_tag == "LongField":
                    componentsschemas_field_type_type_5 = LongField.from_dict(data)

                    return componentsschemas_field_type_type_5
                if type_tag == "StringField":
                    componentsschemas_field_type_type_6 = StringField.from_dict(data)

                    return componentsschemas_field_type_type_6
                if type_tag == "TimestampField":
                    componentsschemas_field_type_type_7 = TimestampField.from_dict(data)

                    return componentsschemas_field_type_type_7
                if type_tag == "UUIDField":
                    componentsschemas_field_type_type_8 = UUIDField.from_dict(data)

                    return componentsschemas_field_type_type_8
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_type_type_0 = BooleanField.from_dict(data)

                return componentsschemas_field_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_type_type_1 = DoubleField.from_dict(data)

                return componentsschemas_field_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_type_type_2 = InstantField.from_dict(data)

                return componentsschemas_field_type_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_type_type_3 = IntField.from_dict(data)

                return componentsschemas_field_type_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_type_type_4 = ListField.from_dict(data)

                return componentsschemas_field_type_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_type_type_5 = LongField.from_dict(data)

                return componentsschemas_field_type_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_type_type_6 = StringField.from_dict(data)

                return componentsschemas_field_type_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_type_type_7 = TimestampField.from_dict(data)

                return componentsschemas_field_type_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_field_type_type_8 = UUIDField.from_dict(data)

            return componentsschemas_field_type_type_8

        value = _parse_value(d.pop("value", UNSET))

        metric_record = cls(
            primary_timestamp_field=primary_timestamp_field,
            fields=fields,
            value=value,
        )

        metric_record.additional_properties = d
        return metric_record

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
