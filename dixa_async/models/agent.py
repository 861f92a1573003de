from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_datetime, parse_datetime

T = TypeVar("T", bound="Agent")


@_attrs_define
class Agent:
    """
    Attributes:
        created_at (datetime.datetime):
        display_name (str):
        email (str):
        id (str): UUID. Kept as a plain string: Dixa's own examples contain ids that are not valid UUIDs.
        additional_emails (list[str] | Unset):
        additional_phone_numbers (list[str] | Unset):
        avatar_url (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        middle_names (list[str] | Unset):
        phone_number (str | Unset):
        roles (list[str] | Unset):
    """

    created_at: datetime.datetime
    display_name: str
    email: str
    id: str
    additional_emails: list[str] | Unset = UNSET
    additional_phone_numbers: list[str] | Unset = UNSET
    avatar_url: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    middle_names: list[str] | Unset = UNSET
    phone_number: str | Unset = UNSET
    roles: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "created_at": "createdAt",
        "display_name": "displayName",
        "email": "email",
        "id": "id",
        "additional_emails": "additionalEmails",
        "additional_phone_numbers": "additionalPhoneNumbers",
        "avatar_url": "avatarUrl",
        "first_name": "firstName",
        "last_name": "lastName",
        "middle_names": "middleNames",
        "phone_number": "phoneNumber",
        "roles": "roles",
    }

    def to_dict(self) -> dict[str, Any]:
        created_at = format_datetime(self.created_at)

        display_name = self.display_name

        email = self.email

        id = self.id

        additional_emails: list[str] | Unset = UNSET
        if not isinstance(self.additional_emails, Unset):
            additional_emails = self.additional_emails

        additional_phone_numbers: list[str] | Unset = UNSET
        if not isinstance(self.additional_phone_numbers, Unset):
            additional_phone_numbers = self.additional_phone_numbers

        avatar_url = self.avatar_url

        first_name = self.first_name

        last_name = self.last_name

        middle_names: list[str] | Unset = UNSET
        if not isinstance(self.middle_names, Unset):
            middle_names = self.middle_names

        phone_number = self.phone_number

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "displayName": display_name,
                "email": email,
                "id": id,
            }
        )
        if additional_emails is not UNSET:
            field_dict["additionalEmails"] = additional_emails
        if additional_phone_numbers is not UNSET:
            field_dict["additionalPhoneNumbers"] = additional_phone_numbers
        if avatar_url is not UNSET:
            field_dict["avatarUrl"] = avatar_url
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if middle_names is not UNSET:
            field_dict["middleNames"] = middle_names
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if roles is not UNSET:
            field_dict["roles"] = roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        created_at = parse_datetime(d.pop("createdAt"))

        display_name = d.pop("displayName")

        email = d.pop("email")

        id = d.pop("id")

        additional_emails = cast(list[str], d.pop("additionalEmails", UNSET))

        additional_phone_numbers = cast(
            list[str], d.pop("additionalPhoneNumbers", UNSET)
        )

        avatar_url = d.pop("avatarUrl", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        middle_names = cast(list[str], d.pop("middleNames", UNSET))

        phone_number = d.pop("phoneNumber", UNSET)

        roles = cast(list[str], d.pop("roles", UNSET))

        agent = cls(
            created_at=created_at,
            display_name=display_name,
            email=email,
            id=id,
            additional_emails=additional_emails,
            additional_phone_numbers=additional_phone_numbers,
            avatar_url=avatar_url,
            first_name=first_name,
            last_name=last_name,
            middle_names=middle_names,
            phone_number=phone_number,
            roles=roles,
        )

        agent.additional_properties = d
        return agent

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
