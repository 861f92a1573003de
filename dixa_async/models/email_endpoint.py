from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_endpoint_type import EmailEndpointType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailEndpoint")


@_attrs_define
class EmailEndpoint:
    """
    Attributes:
        type_ (EmailEndpointType): Variant tag; always `EmailEndpoint`. Default: EmailEndpointType.EMAILENDPOINT.
        address (str):
        name (str | Unset):
        sender_override (str | Unset):
    """

    address: str
    type_: EmailEndpointType = EmailEndpointType.EMAILENDPOINT
    name: str | Unset = UNSET
    sender_override: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "address": "address",
        "name": "name",
        "sender_override": "senderOverride",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        address = self.address

        name = self.name

        sender_override = self.sender_override

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "address": address,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if sender_override is not UNSET:
            field_dict["senderOverride"] = sender_override

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = EmailEndpointType(d.pop("_type"))

        address = d.pop("address")

        name = d.pop("name", UNSET)

        sender_override = d.pop("senderOverride", UNSET)

        email_endpoint = cls(
            type_=type_,
            address=address,
            name=name,
            sender_override=sender_override,
        )

        email_endpoint.additional_properties = d
        return email_endpoint

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
