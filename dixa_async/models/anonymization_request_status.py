from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anonymization_request_status_type import AnonymizationRequestStatusType
from ..models.deprecated_anonymization_type import DeprecatedAnonymizationType
from ..types import UNSET, Unset, format_datetime, parse_datetime

T = TypeVar("T", bound="AnonymizationRequestStatus")


@_attrs_define
class AnonymizationRequestStatus:
    """
    Attributes:
        type_ (AnonymizationRequestStatusType):
        entity_type (DeprecatedAnonymizationType):
        id (str): UUID. Kept as a plain string: Dixa's own examples contain ids that are not valid UUIDs.
        initiated_at (datetime.datetime):
        requested_by (str): UUID. Kept as a plain string: Dixa's own examples contain ids that are not valid UUIDs.
        target_entity_id (str):
        processed_at (datetime.datetime | Unset):
    """

    type_: AnonymizationRequestStatusType
    entity_type: DeprecatedAnonymizationType
    id: str
    initiated_at: datetime.datetime
    requested_by: str
    target_entity_id: str
    processed_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "entity_type": "entityType",
        "id": "id",
        "initiated_at": "initiatedAt",
        "requested_by": "requestedBy",
        "target_entity_id": "targetEntityId",
        "processed_at": "processedAt",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        entity_type = self.entity_type.value

        id = self.id

        initiated_at = format_datetime(self.initiated_at)

        requested_by = self.requested_by

        target_entity_id = self.target_entity_id

        processed_at: str | Unset = UNSET
        if not isinstance(self.processed_at, Unset):
            processed_at = format_datetime(self.processed_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "entityType": entity_type,
                "id": id,
                "initiatedAt": initiated_at,
                "requestedBy": requested_by,
                "targetEntityId": target_entity_id,
            }
        )
        if processed_at is not UNSET:
            field_dict["processedAt"] = processed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = AnonymizationRequestStatusType(d.pop("_type"))

        entity_type = DeprecatedAnonymizationType(d.pop("entityType"))

        id = d.pop("id")

        initiated_at = parse_datetime(d.pop("initiatedAt"))

        requested_by = d.pop("requestedBy")

        target_entity_id = d.pop("targetEntityId")

        _processed_at = d.pop("processedAt", UNSET)
        processed_at: datetime.datetime | Unset
        if isinstance(_processed_at, Unset):
            processed_at = UNSET
        else:
            processed_at = parse_datetime(_processed_at)

        anonymization_request_status = cls(
            type_=type_,
            entity_type=entity_type,
            id=id,
            initiated_at=initiated_at,
            requested_by=requested_by,
            target_entity_id=target_entity_id,
            processed_at=processed_at,
        )

        anonymization_request_status.additional_properties = d
        return anonymization_request_status

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
