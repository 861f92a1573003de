from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.callback_direction import CallbackDirection
from ..models.callback_type import CallbackType

T = TypeVar("T", bound="Callback")


@_attrs_define
class Callback:
    """
    Attributes:
        type_ (CallbackType): Variant tag; always `Callback`. Default: CallbackType.CALLBACK.
        contact_endpoint_id (str):
        direction (CallbackDirection):
        queue_id (str): UUID. Kept as a plain string: Dixa's own examples contain ids that are not valid UUIDs.
        requester_id (str): UUID. Kept as a plain string: Dixa's own examples contain ids that are not valid UUIDs.
    """

    contact_endpoint_id: str
    direction: CallbackDirection
    queue_id: str
    requester_id: str
    type_: CallbackType = CallbackType.CALLBACK
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "contact_endpoint_id": "contactEndpointId",
        "direction": "direction",
        "queue_id": "queueId",
        "requester_id": "requesterId",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        contact_endpoint_id = self.contact_endpoint_id

        direction = self.direction.value

        queue_id = self.queue_id

        requester_id = self.requester_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "contactEndpointId": contact_endpoint_id,
                "direction": direction,
                "queueId": queue_id,
                "requesterId": requester_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = CallbackType(d.pop("_type"))

        contact_endpoint_id = d.pop("contactEndpointId")

        direction = CallbackDirection(d.pop("direction"))

        queue_id = d.pop("queueId")

        requester_id = d.pop("requesterId")

        callback = cls(
            type_=type_,
            contact_endpoint_id=contact_endpoint_id,
            direction=direction,
            queue_id=queue_id,
            requester_id=requester_id,
        )

        callback.additional_properties = d
        return callback

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
