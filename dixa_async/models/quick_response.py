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

from ..models.quick_response_type import QuickResponseType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_translation import TemplateTranslation


T = TypeVar("T", bound="QuickResponse")


@_attrs_define
class QuickResponse:
    """
    Attributes:
        type_ (QuickResponseType): Variant tag; always `QuickResponse`. Default: QuickResponseType.QUICKRESPONSE.
        content (str):
        created_at (str):
        created_by (str):
        id (str):
        name (str):
        last_edited_at (str | Unset):
        last_edited_by (str | Unset):
        subject (str | Unset):
        translations (list[TemplateTranslation] | Unset):
    """

    content: str
    created_at: str
    created_by: str
    id: str
    name: str
    type_: QuickResponseType = QuickResponseType.QUICKRESPONSE
    last_edited_at: str | Unset = UNSET
    last_edited_by: str | Unset = UNSET
    subject: str | Unset = UNSET
    translations: list[TemplateTranslation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "content": "content",
        "created_at": "createdAt",
        "created_by": "createdBy",
        "id": "id",
        "name": "name",
        "last_edited_at": "lastEditedAt",
        "last_edited_by": "lastEditedBy",
        "subject": "subject",
        "translations": "translations",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        content = self.content

        created_at = self.created_at

        created_by = self.created_by

        id = self.id

        name = self.name

        last_edited_at = self.last_edited_at

        last_edited_by = self.last_edited_by

        subject = self.subject

        translations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.translations, Unset):
            translations = []
            for translations_item_data in self.translations:
                translations_item = translations_item_data.to_dict()
                translations.append(translations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "content": content,
                "createdAt": created_at,
                "createdBy": created_by,
                "id": id,
                "name": name,
            }
        )
        if last_edited_at is not UNSET:
            field_dict["lastEditedAt"] = last_edited_at
        if last_edited_by is not UNSET:
            field_dict["lastEditedBy"] = last_edited_by
        if subject is not UNSET:
            field_dict["subject"] = subject
        if translations is not UNSET:
            field_dict["translations"] = translations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_translation import TemplateTranslation  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = QuickResponseType(d.pop("_type"))

        content = d.pop("content")

        created_at = d.pop("createdAt")

        created_by = d.pop("createdBy")

        id = d.pop("id")

        name = d.pop("name")

        last_edited_at = d.pop("lastEditedAt", UNSET)

        last_edited_by = d.pop("lastEditedBy", UNSET)

        subject = d.pop("subject", UNSET)

        _translations = d.pop("translations", UNSET)
        translations: list[TemplateTranslation] | Unset = UNSET
        if _translations is not UNSET:
            translations = []
            for translations_item_data in _translations:
                translations_item = TemplateTranslation.from_dict(
                    translations_item_data
                )

                translations.append(translations_item)

        quick_response = cls(
            type_=type_,
            content=content,
            created_at=created_at,
            created_by=created_by,
            id=id,
            name=name,
            last_edited_at=last_edited_at,
            last_edited_by=last_edited_by,
            subject=subject,
            translations=translations,
        )

        quick_response.additional_properties = d
        return quick_response

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
