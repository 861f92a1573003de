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
    from ..models.help_center_link import HelpCenterLink


T = TypeVar("T", bound="AvailableAt")


@_attrs_define
class AvailableAt:
    """
    Attributes:
        help_center_links (list[HelpCenterLink] | Unset):
    """

    help_center_links: list[HelpCenterLink] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "help_center_links": "helpCenterLinks",
    }

    def to_dict(self) -> dict[str, Any]:
        help_center_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.help_center_links, Unset):
            help_center_links = []
            for help_center_links_item_data in self.help_center_links:
                help_center_links_item = help_center_links_item_data.to_dict()
                help_center_links.append(help_center_links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if help_center_links is not UNSET:
            field_dict["helpCenterLinks"] = help_center_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.help_center_link import HelpCenterLink  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        _help_center_links = d.pop("helpCenterLinks", UNSET)
        help_center_links: list[HelpCenterLink] | Unset = UNSET
        if _help_center_links is not UNSET:
            help_center_links = []
            for help_center_links_item_data in _help_center_links:
                help_center_links_item = HelpCenterLink.from_dict(
                    help_center_links_item_data
                )

                help_center_links.append(help_center_links_item)

        available_at = cls(
            help_center_links=help_center_links,
        )

        available_at.additional_properties = d
        return available_at

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
