from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateTranslation")


@_attrs_define
class TemplateTranslation:
    """
    Attributes:
        content (str):
        is_deactivated (bool):
        locale (str):
        subject (str | Unset):
    """

    content: str
    is_deactivated: bool
    locale: str
    subject: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "content": "content",
        "is_deactivated": "isDeactivated",
        "locale": "locale",
        "subject": "subject",
    }

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        is_deactivated = self.is_deactivated

        locale = self.locale

        subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "isDeactivated": is_deactivated,
                "locale": locale,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        content = d.pop("content")

        is_deactivated = d.pop("isDeactivated")

        locale = d.pop("locale")

        subject = d.pop("subject", UNSET)

        template_translation = cls(
            content=content,
            is_deactivated=is_deactivated,
            locale=locale,
            subject=subject,
        )

        template_translation.additional_properties = d
        return template_translation

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
