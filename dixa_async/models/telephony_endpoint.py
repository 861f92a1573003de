from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.telephony_endpoint_functionality_item import (
    TelephonyEndpointFunctionalityItem,
)
from ..models.telephony_endpoint_type import TelephonyEndpointType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TelephonyEndpoint")


@_attrs_define
class TelephonyEndpoint:
    """
    Attributes:
        type_ (TelephonyEndpointType): Variant tag; always `TelephonyEndpoint`. Default:
            TelephonyEndpointType.TELEPHONYENDPOINT.
        number (str):
        functionality (list[TelephonyEndpointFunctionalityItem] | Unset):
        name (str | Unset):
    """

    number: str
    type_: TelephonyEndpointType = TelephonyEndpointType.TELEPHONYENDPOINT
    functionality: list[TelephonyEndpointFunctionalityItem] | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "number": "number",
        "functionality": "functionality",
        "name": "name",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        number = self.number

        functionality: list[str] | Unset = UNSET
        if not isinstance(self.functionality, Unset):
            functionality = []
            for functionality_item_data in self.functionality:
                functionality_item = functionality_item_data.value
                functionality.append(functionality_item)

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "number": number,
            }
        )
        if functionality is not UNSET:
            field_dict["functionality"] = functionality
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = TelephonyEndpointType(d.pop("_type"))

        number = d.pop("number")

        _functionality = d.pop("functionality", UNSET)
        functionality: list[TelephonyEndpointFunctionalityItem] | Unset = UNSET
        if _functionality is not UNSET:
            functionality = []
            for functionality_item_data in _functionality:
                functionality_item = TelephonyEndpointFunctionalityItem(
                    functionality_item_data
                )

                functionality.append(functionality_item)

        name = d.pop("name", UNSET)

        telephony_endpoint = cls(
            type_=type_,
            number=number,
            functionality=functionality,
            name=name,
        )

        telephony_endpoint.additional_properties = d
        return telephony_endpoint

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
