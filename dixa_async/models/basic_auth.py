from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.basic_auth_type import BasicAuthType

T = TypeVar("T", bound="BasicAuth")


@_attrs_define
class BasicAuth:
    """
    Attributes:
        type_ (BasicAuthType): Variant tag; always `BasicAuth`. Default: BasicAuthType.BASICAUTH.
        password (str):
        username (str):
    """

    password: str
    username: str
    type_: BasicAuthType = BasicAuthType.BASICAUTH
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "password": "password",
        "username": "username",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        password = self.password

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "password": password,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = BasicAuthType(d.pop("_type"))

        password = d.pop("password")

        username = d.pop("username")

        basic_auth = cls(
            type_=type_,
            password=password,
            username=username,
        )

        basic_auth.additional_properties = d
        return basic_auth

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
