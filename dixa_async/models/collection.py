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
    from ..models.restrictions import Restrictions


T = TypeVar("T", bound="Collection")


@_attrs_define
class Collection:
    """
    Attributes:
        id (str):
        internal_kb_enabled (bool):
        restrictions (Restrictions):
        title (str):
        description (str | Unset):
    """

    id: str
    internal_kb_enabled: bool
    restrictions: Restrictions
    title: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "internal_kb_enabled": "internalKbEnabled",
        "restrictions": "restrictions",
        "title": "title",
        "description": "description",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        internal_kb_enabled = self.internal_kb_enabled

        restrictions = self.restrictions.to_dict()

        title = self.title

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "internalKbEnabled": internal_kb_enabled,
                "restrictions": restrictions,
                "title": title,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.restrictions import Restrictions  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        id = d.pop("id")

        internal_kb_enabled = d.pop("internalKbEnabled")

        restrictions = Restrictions.from_dict(d.pop("restrictions"))

        title = d.pop("title")

        description = d.pop("description", UNSET)

        collection = cls(
            id=id,
            internal_kb_enabled=internal_kb_enabled,
            restrictions=restrictions,
            title=title,
            description=description,
        )

        collection.additional_properties = d
        return collection

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
