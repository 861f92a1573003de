from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generic_channel_availability import GenericChannelAvailability
from ..models.generic_channel_type import GenericChannelType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenericChannel")


@_attrs_define
class GenericChannel:
    """
    Attributes:
        type_ (GenericChannelType): Variant tag; always `GenericChannel`. Default: GenericChannelType.GENERICCHANNEL.
        availability (GenericChannelAvailability):
        generic_channel_name (str):
        queue_size (int | Unset):
    """

    availability: GenericChannelAvailability
    generic_channel_name: str
    type_: GenericChannelType = GenericChannelType.GENERICCHANNEL
    queue_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "availability": "availability",
        "generic_channel_name": "genericChannelName",
        "queue_size": "queueSize",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        availability = self.availability.value

        generic_channel_name = self.generic_channel_name

        queue_size = self.queue_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "availability": availability,
                "genericChannelName": generic_channel_name,
            }
        )
        if queue_size is not UNSET:
            field_dict["queueSize"] = queue_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = GenericChannelType(d.pop("_type"))

        availability = GenericChannelAvailability(d.pop("availability"))

        generic_channel_name = d.pop("genericChannelName")

        queue_size = d.pop("queueSize", UNSET)

        generic_channel = cls(
            type_=type_,
            availability=availability,
            generic_channel_name=generic_channel_name,
            queue_size=queue_size,
        )

        generic_channel.additional_properties = d
        return generic_channel

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
