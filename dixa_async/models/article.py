from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_datetime, parse_datetime

if TYPE_CHECKING:
    from ..models.article_translation_versions import ArticleTranslationVersions
    from ..models.restrictions import Restrictions


T = TypeVar("T", bound="Article")


@_attrs_define
class Article:
    """
    Attributes:
        created_at (datetime.datetime):
        id (str):
        restrictions (Restrictions):
        updated_at (datetime.datetime):
        created_by (str | Unset):
        indexed_at (datetime.datetime | Unset):
        indexed_by (str | Unset):
        is_default_location (bool | Unset):
        owned_by (str | Unset):
        parent_category (str | Unset):
        parent_collections (list[str] | Unset):
        tags (list[str] | Unset):
        translation (ArticleTranslationVersions | Unset):
        updated_by (str | Unset):
    """

    created_at: datetime.datetime
    id: str
    restrictions: Restrictions
    updated_at: datetime.datetime
    created_by: str | Unset = UNSET
    indexed_at: datetime.datetime | Unset = UNSET
    indexed_by: str | Unset = UNSET
    is_default_location: bool | Unset = UNSET
    owned_by: str | Unset = UNSET
    parent_category: str | Unset = UNSET
    parent_collections: list[str] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    translation: ArticleTranslationVersions | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "created_at": "createdAt",
        "id": "id",
        "restrictions": "restrictions",
        "updated_at": "updatedAt",
        "created_by": "createdBy",
        "indexed_at": "indexedAt",
        "indexed_by": "indexedBy",
        "is_default_location": "isDefaultLocation",
        "owned_by": "ownedBy",
        "parent_category": "parentCategory",
        "parent_collections": "parentCollections",
        "tags": "tags",
        "translation": "translation",
        "updated_by": "updatedBy",
    }

    def to_dict(self) -> dict[str, Any]:
        created_at = format_datetime(self.created_at)

        id = self.id

        restrictions = self.restrictions.to_dict()

        updated_at = format_datetime(self.updated_at)

        created_by = self.created_by

        indexed_at: str | Unset = UNSET
        if not isinstance(self.indexed_at, Unset):
            indexed_at = format_datetime(self.indexed_at)

        indexed_by = self.indexed_by

        is_default_location = self.is_default_location

        owned_by = self.owned_by

        parent_category = self.parent_category

        parent_collections: list[str] | Unset = UNSET
        if not isinstance(self.parent_collections, Unset):
            parent_collections = self.parent_collections

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        translation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.translation, Unset):
            translation = self.translation.to_dict()

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "id": id,
                "restrictions": restrictions,
                "updatedAt": updated_at,
            }
        )
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if indexed_at is not UNSET:
            field_dict["indexedAt"] = indexed_at
        if indexed_by is not UNSET:
            field_dict["indexedBy"] = indexed_by
        if is_default_location is not UNSET:
            field_dict["isDefaultLocation"] = is_default_location
        if owned_by is not UNSET:
            field_dict["ownedBy"] = owned_by
        if parent_category is not UNSET:
            field_dict["parentCategory"] = parent_category
        if parent_collections is not UNSET:
            field_dict["parentCollections"] = parent_collections
        if tags is not UNSET:
            field_dict["tags"] = tags
        if translation is not UNSET:
            field_dict["translation"] = translation
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_translation_versions import ArticleTranslationVersions  # noqa: PLC0415
        from ..models.restrictions import Restrictions  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        created_at = parse_datetime(d.pop("createdAt"))

        id = d.pop("id")

        restrictions = Restrictions.from_dict(d.pop("restrictions"))

        updated_at = parse_datetime(d.pop("updatedAt"))

        created_by = d.pop("createdBy", UNSET)

        _indexed_at = d.pop("indexedAt", UNSET)
        indexed_at: datetime.datetime | Unset
        if isinstance(_indexed_at, Unset):
            indexed_at = UNSET
        else:
            indexed_at = parse_datetime(_indexed_at)

        indexed_by = d.pop("indexedBy", UNSET)

        is_default_location = d.pop("isDefaultLocation", UNSET)

        owned_by = d.pop("ownedBy", UNSET)

        parent_category = d.pop("parentCategory", UNSET)

        parent_collections = cast(list[str], d.pop("parentCollections", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        _translation = d.pop("translation", UNSET)
        translation: ArticleTranslationVersions | Unset
        if isinstance(_translation, Unset):
            translation = UNSET
        else:
            translation = ArticleTranslationVersions.from_dict(_translation)

        updated_by = d.pop("updatedBy", UNSET)

        article = cls(
            created_at=created_at,
            id=id,
            restrictions=restrictions,
            updated_at=updated_at,
            created_by=created_by,
            indexed_at=indexed_at,
            indexed_by=indexed_by,
            is_default_location=is_default_location,
            owned_by=owned_by,
            parent_category=parent_category,
            parent_collections=parent_collections,
            tags=tags,
            translation=translation,
            updated_by=updated_by,
        )

        article.additional_properties = d
        return article

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
