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
    from ..models.article_catalog_item import ArticleCatalogItem
    from ..models.translation_title import TranslationTitle


T = TypeVar("T", bound="CategoryCatalogItem")


@_attrs_define
class CategoryCatalogItem:
    """
    Attributes:
        id (str):
        articles (list[ArticleCatalogItem] | Unset):
        categories (list[CategoryCatalogItem] | Unset):
        title (TranslationTitle | Unset):
    """

    id: str
    articles: list[ArticleCatalogItem] | Unset = UNSET
    categories: list[CategoryCatalogItem] | Unset = UNSET
    title: TranslationTitle | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "articles": "articles",
        "categories": "categories",
        "title": "title",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        articles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.articles, Unset):
            articles = []
            for articles_item_data in self.articles:
                articles_item = articles_item_data.to_dict()
                articles.append(articles_item)

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        title: dict[str, Any] | Unset = UNSET
        if not isinstance(self.title, Unset):
            title = self.title.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if articles is not UNSET:
            field_dict["articles"] = articles
        if categories is not UNSET:
            field_dict["categories"] = categories
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_catalog_item import ArticleCatalogItem  # noqa: PLC0415
        from ..models.translation_title import TranslationTitle  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        id = d.pop("id")

        _articles = d.pop("articles", UNSET)
        articles: list[ArticleCatalogItem] | Unset = UNSET
        if _articles is not UNSET:
            articles = []
            for articles_item_data in _articles:
                articles_item = ArticleCatalogItem.from_dict(articles_item_data)

                articles.append(articles_item)

        _categories = d.pop("categories", UNSET)
        categories: list[CategoryCatalogItem] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                categories_item = CategoryCatalogItem.from_dict(categories_item_data)

                categories.append(categories_item)

        _title = d.pop("title", UNSET)
        title: TranslationTitle | Unset
        if isinstance(_title, Unset):
            title = UNSET
        else:
            title = TranslationTitle.from_dict(_title)

        category_catalog_item = cls(
            id=id,
            articles=articles,
            categories=categories,
            title=title,
        )

        category_catalog_item.additional_properties = d
        return category_catalog_item

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
