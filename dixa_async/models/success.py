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

from ..models.success_type import SuccessType

if TYPE_CHECKING:
    from ..models.generic_channel import GenericChannel


T = TypeVar("T", bound="Success")


@_attrs_define
class Success:
    """
    Attributes:
        type_ (SuccessType): Variant tag; always `Success`. Default: SuccessType.SUCCESS.
        channel_availability (GenericChannel):
    """

    channel_availability: GenericChannel
    type_: SuccessType = SuccessType.SUCCESS
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "channel_availability": "channelAvailability",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        channel_availability = self.channel_availability.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "channelAvailability": channel_availability,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.generic_channel import GenericChannel  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = SuccessType(d.pop("_type"))

        channel_availability = GenericChannel.from_dict(d.pop("channelAvailability"))

        success = cls(
            type_=type_,
            channel_availability=channel_availability,
        )

        success.additional_properties = d
        return success

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
