from __future__ import annotations

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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.restrictions import Restrictions
    from ..models.translation_title import TranslationTitle


T = TypeVar("T", bound="Category")


@_attrs_define
class Category:
    """
    Attributes:
        id (str):
        is_locked (bool):
        restrictions (Restrictions):
        is_default_location (bool | Unset):
        parent_category (str | Unset):
        parent_collections (list[str] | Unset):
        title (TranslationTitle | Unset):
    """

    id: str
    is_locked: bool
    restrictions: Restrictions
    is_default_location: bool | Unset = UNSET
    parent_category: str | Unset = UNSET
    parent_collections: list[str] | Unset = UNSET
    title: TranslationTitle | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "is_locked": "isLocked",
        "restrictions": "restrictions",
        "is_default_location": "isDefaultLocation",
        "parent_category": "parentCategory",
        "parent_collections": "parentCollections",
        "title": "title",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_locked = self.is_locked

        restrictions = self.restrictions.to_dict()

        is_default_location = self.is_default_location

        parent_category = self.parent_category

        parent_collections: list[str] | Unset = UNSET
        if not isinstance(self.parent_collections, Unset):
            parent_collections = self.parent_collections

        title: dict[str, Any] | Unset = UNSET
        if not isinstance(self.title, Unset):
            title = self.title.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "isLocked": is_locked,
                "restrictions": restrictions,
            }
        )
        if is_default_location is not UNSET:
            field_dict["isDefaultLocation"] = is_default_location
        if parent_category is not UNSET:
            field_dict["parentCategory"] = parent_category
        if parent_collections is not UNSET:
            field_dict["parentCollections"] = parent_collections
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.restrictions import Restrictions  # noqa: PLC0415
        from ..models.translation_title import TranslationTitle  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        id = d.pop("id")

        is_locked = d.pop("isLocked")

        restrictions = Restrictions.from_dict(d.pop("restrictions"))

        is_default_location = d.pop("isDefaultLocation", UNSET)

        parent_category = d.pop("parentCategory", UNSET)

        parent_collections = cast(list[str], d.pop("parentCollections", UNSET))

        _title = d.pop("title", UNSET)
        title: TranslationTitle | Unset
        if isinstance(_title, Unset):
            title = UNSET
        else:
            title = TranslationTitle.from_dict(_title)

        category = cls(
            id=id,
            is_locked=is_locked,
            restrictions=restrictions,
            is_default_location=is_default_location,
            parent_category=parent_category,
            parent_collections=parent_collections,
            title=title,
        )

        category.additional_properties = d
        return category

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
