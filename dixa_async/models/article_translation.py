from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_datetime, parse_datetime

if TYPE_CHECKING:
    from ..models.article_content import ArticleContent
    from ..models.available_at import AvailableAt


T = TypeVar("T", bound="ArticleTranslation")


@_attrs_define
class ArticleTranslation:
    """
    Attributes:
        available_at (AvailableAt):
        contents (ArticleContent):
        created_at (datetime.datetime):
        is_indexed_version (bool):
        language (str):
        title (str):
        updated_at (datetime.datetime):
        created_by (str | Unset):
        updated_by (str | Unset):
    """

    available_at: AvailableAt
    contents: ArticleContent
    created_at: datetime.datetime
    is_indexed_version: bool
    language: str
    title: str
    updated_at: datetime.datetime
    created_by: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "available_at": "availableAt",
        "contents": "contents",
        "created_at": "createdAt",
        "is_indexed_version": "isIndexedVersion",
        "language": "language",
        "title": "title",
        "updated_at": "updatedAt",
        "created_by": "createdBy",
        "updated_by": "updatedBy",
    }

    def to_dict(self) -> dict[str, Any]:
        available_at = self.available_at.to_dict()

        contents = self.contents.to_dict()

        created_at = format_datetime(self.created_at)

        is_indexed_version = self.is_indexed_version

        language = self.language

        title = self.title

        updated_at = format_datetime(self.updated_at)

        created_by = self.created_by

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "availableAt": available_at,
                "contents": contents,
                "createdAt": created_at,
                "isIndexedVersion": is_indexed_version,
                "language": language,
                "title": title,
                "updatedAt": updated_at,
            }
        )
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_content import ArticleContent  # noqa: PLC0415
        from ..models.available_at import AvailableAt  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        available_at = AvailableAt.from_dict(d.pop("availableAt"))

        contents = ArticleContent.from_dict(d.pop("contents"))

        created_at = parse_datetime(d.pop("createdAt"))

        is_indexed_version = d.pop("isIndexedVersion")

        language = d.pop("language")

        title = d.pop("title")

        updated_at = parse_datetime(d.pop("updatedAt"))

        created_by = d.pop("createdBy", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

        article_translation = cls(
            available_at=available_at,
            contents=contents,
            created_at=created_at,
            is_indexed_version=is_indexed_version,
            language=language,
            title=title,
            updated_at=updated_at,
            created_by=created_by,
            updated_by=updated_by,
        )

        article_translation.additional_properties = d
        return article_translation

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
