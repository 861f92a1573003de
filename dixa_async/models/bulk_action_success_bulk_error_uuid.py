from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_action_success_bulk_error_uuid_type import (
    BulkActionSuccessBulkErrorUUIDType,
)

T = TypeVar("T", bound="BulkActionSuccessBulkErrorUUID")


@_attrs_define
class BulkActionSuccessBulkErrorUUID:
    """
    Attributes:
        type_ (BulkActionSuccessBulkErrorUUIDType): Variant tag; always `BulkActionSuccess`. Default:
            BulkActionSuccessBulkErrorUUIDType.BULKACTIONSUCCESS.
        data (str): UUID. Kept as a plain string: Dixa's own examples contain ids that are not valid UUIDs.
    """

    data: str
    type_: BulkActionSuccessBulkErrorUUIDType = (
        BulkActionSuccessBulkErrorUUIDType.BULKACTIONSUCCESS
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "data": "data",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = BulkActionSuccessBulkErrorUUIDType(d.pop("_type"))

        data = d.pop("data")

        bulk_action_success_bulk_error_uuid = cls(
            type_=type_,
            data=data,
        )

        bulk_action_success_bulk_error_uuid.additional_properties = d
        return bulk_action_success_bulk_error_uuid

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
