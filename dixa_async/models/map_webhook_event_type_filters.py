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

if TYPE_CHECKING:
    from ..models.combined_filters import CombinedFilters


T = TypeVar("T", bound="MapWebhookEventTypeFilters")


@_attrs_define
class MapWebhookEventTypeFilters:
    additional_properties: dict[str, CombinedFilters] = _attrs_field(
        init=False, factory=dict
    )
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {}

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.combined_filters import CombinedFilters  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        map_webhook_event_type_filters = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = CombinedFilters.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        map_webhook_event_type_filters.additional_properties = additional_properties
        return map_webhook_event_type_filters

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> CombinedFilters:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: CombinedFilters) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
