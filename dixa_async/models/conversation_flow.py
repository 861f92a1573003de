from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_flow_channel import ConversationFlowChannel

T = TypeVar("T", bound="ConversationFlow")


@_attrs_define
class ConversationFlow:
    """
    Attributes:
        channel (ConversationFlowChannel):
        contact_endpoint_id (str):
        id (str): UUID. Kept as a plain string: Dixa's own examples contain ids that are not valid UUIDs.
        name (str):
    """

    channel: ConversationFlowChannel
    contact_endpoint_id: str
    id: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "channel": "channel",
        "contact_endpoint_id": "contactEndpointId",
        "id": "id",
        "name": "name",
    }

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel.value

        contact_endpoint_id = self.contact_endpoint_id

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "contactEndpointId": contact_endpoint_id,
                "id": id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        channel = ConversationFlowChannel(d.pop("channel"))

        contact_endpoint_id = d.pop("contactEndpointId")

        id = d.pop("id")

        name = d.pop("name")

        conversation_flow = cls(
            channel=channel,
            contact_endpoint_id=contact_endpoint_id,
            id=id,
            name=name,
        )

        conversation_flow.additional_properties = d
        return conversation_flow

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
