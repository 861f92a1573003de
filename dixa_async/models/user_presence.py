from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_presence_active_channels_item import UserPresenceActiveChannelsItem
from ..models.user_presence_connection_status import UserPresenceConnectionStatus
from ..models.user_presence_presence_status import UserPresencePresenceStatus
from ..types import UNSET, Unset, format_datetime, parse_datetime

T = TypeVar("T", bound="UserPresence")


@_attrs_define
class UserPresence:
    """
    Attributes:
        connection_status (UserPresenceConnectionStatus):
        request_time (datetime.datetime):
        user_id (str):
        active_channels (list[UserPresenceActiveChannelsItem] | Unset):
        last_seen (datetime.datetime | Unset):
        presence_status (UserPresencePresenceStatus | Unset):
    """

    connection_status: UserPresenceConnectionStatus
    request_time: datetime.datetime
    user_id: str
    active_channels: list[UserPresenceActiveChannelsItem] | Unset = UNSET
    last_seen: datetime.datetime | Unset = UNSET
    presence_status: UserPresencePresenceStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "connection_status": "connectionStatus",
        "request_time": "requestTime",
        "user_id": "userId",
        "active_channels": "activeChannels",
        "last_seen": "lastSeen",
        "presence_status": "presenceStatus",
    }

    def to_dict(self) -> dict[str, Any]:
        connection_status = self.connection_status.value

        request_time = format_datetime(self.request_time)

        user_id = self.user_id

        active_channels: list[str] | Unset = UNSET
        if not isinstance(self.active_channels, Unset):
            active_channels = []
            for active_channels_item_data in self.active_channels:
                active_channels_item = active_channels_item_data.value
                active_channels.append(active_channels_item)

        last_seen: str | Unset = UNSET
        if not isinstance(self.last_seen, Unset):
            last_seen = format_datetime(self.last_seen)

        presence_status: str | Unset = UNSET
        if not isinstance(self.presence_status, Unset):
            presence_status = self.presence_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connectionStatus": connection_status,
                "requestTime": request_time,
                "userId": user_id,
            }
        )
        if active_channels is not UNSET:
            field_dict["activeChannels"] = active_channels
        if last_seen is not UNSET:
            field_dict["lastSeen"] = last_seen
        if presence_status is not UNSET:
            field_dict["presenceStatus"] = presence_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        connection_status = UserPresenceConnectionStatus(d.pop("connectionStatus"))

        request_time = parse_datetime(d.pop("requestTime"))

        user_id = d.pop("userId")

        _active_channels = d.pop("activeChannels", UNSET)
        active_channels: list[UserPresenceActiveChannelsItem] | Unset = UNSET
        if _active_channels is not UNSET:
            active_channels = []
            for active_channels_item_data in _active_channels:
                active_channels_item = UserPresenceActiveChannelsItem(
                    active_channels_item_data
                )

                active_channels.append(active_channels_item)

        _last_seen = d.pop("lastSeen", UNSET)
        last_seen: datetime.datetime | Unset
        if isinstance(_last_seen, Unset):
            last_seen = UNSET
        else:
            last_seen = parse_datetime(_last_seen)

        _presence_status = d.pop("presenceStatus", UNSET)
        presence_status: UserPresencePresenceStatus | Unset
        if isinstance(_presence_status, Unset):
            presence_status = UNSET
        else:
            presence_status = UserPresencePresenceStatus(_presence_status)

        user_presence = cls(
            connection_status=connection_status,
            request_time=request_time,
            user_id=user_id,
            active_channels=active_channels,
            last_seen=last_seen,
            presence_status=presence_status,
        )

        user_presence.additional_properties = d
        return user_presence

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
