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
    from ..models.tags_update_input import TagsUpdateInput


T = TypeVar("T", bound="UpdateKnowledgeArticleInput")


@_attrs_define
class UpdateKnowledgeArticleInput:
    """
    Attributes:
        owned_by (str | Unset):
        pre_release (bool | Unset):
        tags (TagsUpdateInput | Unset):
    """

    owned_by: str | Unset = UNSET
    pre_release: bool | Unset = UNSET
    tags: TagsUpdateInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "owned_by": "ownedBy",
        "pre_release": "preRelease",
        "tags": "tags",
    }

    def to_dict(self) -> dict[str, Any]:
        owned_by = self.owned_by

        pre_release = self.pre_release

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if owned_by is not UNSET:
            field_dict["ownedBy"] = owned_by
        if pre_release is not UNSET:
            field_dict["preRelease"] = pre_release
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tags_update_input import TagsUpdateInput  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        owned_by = d.pop("ownedBy", UNSET)

        pre_release = d.pop("preRelease", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: TagsUpdateInput | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = TagsUpdateInput.from_dict(_tags)

        update_knowledge_article_input = cls(
            owned_by=owned_by,
            pre_release=pre_release,
            tags=tags,
        )

        update_knowledge_article_input.additional_properties = d
        return update_knowledge_article_input

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
