from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.follow_up_type import FollowUpType

T = TypeVar("T", bound="FollowUp")


@_attrs_define
class FollowUp:
    """
    Attributes:
        type_ (FollowUpType): Variant tag; always `FollowUp`. Default: FollowUpType.FOLLOWUP.
        parent_id (int):
    """

    parent_id: int
    type_: FollowUpType = FollowUpType.FOLLOWUP
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "parent_id": "parentId",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "parentId": parent_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = FollowUpType(d.pop("_type"))

        parent_id = d.pop("parentId")

        follow_up = cls(
            type_=type_,
            parent_id=parent_id,
        )

        follow_up.additional_properties = d
        return follow_up

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
