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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article_translation import ArticleTranslation


T = TypeVar("T", bound="ArticleTranslationVersions")


@_attrs_define
class ArticleTranslationVersions:
    """
    Attributes:
        draft (ArticleTranslation):
        published (ArticleTranslation | Unset):
    """

    draft: ArticleTranslation
    published: ArticleTranslation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "draft": "draft",
        "published": "published",
    }

    def to_dict(self) -> dict[str, Any]:
        draft = self.draft.to_dict()

        published: dict[str, Any] | Unset = UNSET
        if not isinstance(self.published, Unset):
            published = self.published.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "draft": draft,
            }
        )
        if published is not UNSET:
            field_dict["published"] = published

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_translation import ArticleTranslation  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        draft = ArticleTranslation.from_dict(d.pop("draft"))

        _published = d.pop("published", UNSET)
        published: ArticleTranslation | Unset
        if isinstance(_published, Unset):
            published = UNSET
        else:
            published = ArticleTranslation.from_dict(_published)

        article_translation_versions = cls(
            draft=draft,
            published=published,
        )

        article_translation_versions.additional_properties = d
        return article_translation_versions

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
