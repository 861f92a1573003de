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
    from ..models.map_conversation_channel_set_string import (
        MapConversationChannelSetString,
    )


T = TypeVar("T", bound="QueueUsages")


@_attrs_define
class QueueUsages:
    """
    Attributes:
        queue_id (str):
        usages (MapConversationChannelSetString): Map keyed by WhatsApp, Voicemail, WidgetChat, ...
    """

    queue_id: str
    usages: MapConversationChannelSetString
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "queue_id": "queueId",
        "usages": "usages",
    }

    def to_dict(self) -> dict[str, Any]:
        queue_id = self.queue_id

        usages = self.usages.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "queueId": queue_id,
                "usages": usages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.map_conversation_channel_set_string import (
            MapConversationChannelSetString,  # noqa: PLC0415
        )

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        queue_id = d.pop("queueId")

        usages = MapConversationChannelSetString.from_dict(d.pop("usages"))

        queue_usages = cls(
            queue_id=queue_id,
            usages=usages,
        )

        queue_usages.additional_properties = d
        return queue_usages

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
