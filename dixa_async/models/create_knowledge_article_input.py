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
    from ..models.translation_input import TranslationInput


T = TypeVar("T", bound="CreateKnowledgeArticleInput")


@_attrs_define
class CreateKnowledgeArticleInput:
    """
    Attributes:
        parent_id (str | Unset):
        pre_release (bool | Unset):
        tags (list[str] | Unset):
        translations (list[TranslationInput] | Unset):
    """

    parent_id: str | Unset = UNSET
    pre_release: bool | Unset = UNSET
    tags: list[str] | Unset = UNSET
    translations: list[TranslationInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "parent_id": "parentId",
        "pre_release": "preRelease",
        "tags": "tags",
        "translations": "translations",
    }

    def to_dict(self) -> dict[str, Any]:
        parent_id = self.parent_id

        pre_release = self.pre_release

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        translations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.translations, Unset):
            translations = []
            for translations_item_data in self.translations:
                translations_item = translations_item_data.to_dict()
                translations.append(translations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if pre_release is not UNSET:
            field_dict["preRelease"] = pre_release
        if tags is not UNSET:
            field_dict["tags"] = tags
        if translations is not UNSET:
            field_dict["translations"] = translations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.translation_input import TranslationInput  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        parent_id = d.pop("parentId", UNSET)

        pre_release = d.pop("preRelease", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        _translations = d.pop("translations", UNSET)
        translations: list[TranslationInput] | Unset = UNSET
        if _translations is not UNSET:
            translations = []
            for translations_item_data in _translations:
                translations_item = TranslationInput.from_dict(translations_item_data)

                translations.append(translations_item)

        create_knowledge_article_input = cls(
            parent_id=parent_id,
            pre_release=pre_release,
            tags=tags,
            translations=translations,
        )

        create_knowledge_article_input.additional_properties = d
        return create_knowledge_article_input

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
