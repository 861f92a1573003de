from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_transferred_attribute_type import (
    ConversationTransferredAttributeType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationTransferredAttribute")


@_attrs_define
class ConversationTransferredAttribute:
    """
    Attributes:
        type_ (ConversationTransferredAttributeType): Variant tag; always `ConversationTransferredAttribute`. Default:
            ConversationTransferredAttributeType.CONVERSATIONTRANSFERREDATTRIBUTE.
        destination_id (str):
        destination_type (str):
        transfer_type (str):
        destination_label (str | Unset):
        reason (str | Unset):
    """

    destination_id: str
    destination_type: str
    transfer_type: str
    type_: ConversationTransferredAttributeType = (
        ConversationTransferredAttributeType.CONVERSATIONTRANSFERREDATTRIBUTE
    )
    destination_label: str | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "destination_id": "destinationId",
        "destination_type": "destinationType",
        "transfer_type": "transferType",
        "destination_label": "destinationLabel",
        "reason": "reason",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        destination_id = self.destination_id

        destination_type = self.destination_type

        transfer_type = self.transfer_type

        destination_label = self.destination_label

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "destinationId": destination_id,
                "destinationType": destination_type,
                "transferType": transfer_type,
            }
        )
        if destination_label is not UNSET:
            field_dict["destinationLabel"] = destination_label
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = ConversationTransferredAttributeType(d.pop("_type"))

        destination_id = d.pop("destinationId")

        destination_type = d.pop("destinationType")

        transfer_type = d.pop("transferType")

        destination_label = d.pop("destinationLabel", UNSET)

        reason = d.pop("reason", UNSET)

        conversation_transferred_attribute = cls(
            type_=type_,
            destination_id=destination_id,
            destination_type=destination_type,
            transfer_type=transfer_type,
            destination_label=destination_label,
            reason=reason,
        )

        conversation_transferred_attribute.additional_properties = d
        return conversation_transferred_attribute

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
