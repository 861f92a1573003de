from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InheritedRestriction")


@_attrs_define
class InheritedRestriction:
    """
    Attributes:
        from_category (str | Unset):
        from_collection (str | Unset):
    """

    from_category: str | Unset = UNSET
    from_collection: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "from_category": "fromCategory",
        "from_collection": "fromCollection",
    }

    def to_dict(self) -> dict[str, Any]:
        from_category = self.from_category

        from_collection = self.from_collection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_category is not UNSET:
            field_dict["fromCategory"] = from_category
        if from_collection is not UNSET:
            field_dict["fromCollection"] = from_collection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        from_category = d.pop("fromCategory", UNSET)

        from_collection = d.pop("fromCollection", UNSET)

        inherited_restriction = cls(
            from_category=from_category,
            from_collection=from_collection,
        )

        inherited_restriction.additional_properties = d
        return inherited_restriction

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
