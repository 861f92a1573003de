from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BrowserInfo")


@_attrs_define
class BrowserInfo:
    """
    Attributes:
        name (str):
        ip_address (str | Unset):
        originating_url (str | Unset):
        version (str | Unset):
    """

    name: str
    ip_address: str | Unset = UNSET
    originating_url: str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "name": "name",
        "ip_address": "ipAddress",
        "originating_url": "originatingUrl",
        "version": "version",
    }

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        ip_address = self.ip_address

        originating_url = self.originating_url

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if ip_address is not UNSET:
            field_dict["ipAddress"] = ip_address
        if originating_url is not UNSET:
            field_dict["originatingUrl"] = originating_url
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        name = d.pop("name")

        ip_address = d.pop("ipAddress", UNSET)

        originating_url = d.pop("originatingUrl", UNSET)

        version = d.pop("version", UNSET)

        browser_info = cls(
            name=name,
            ip_address=ip_address,
            originating_url=originating_url,
            version=version,
        )

        browser_info.additional_properties = d
        return browser_info

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
