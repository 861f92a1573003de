from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pstn_phone_conversation_channel import PstnPhoneConversationChannel
from ..models.pstn_phone_conversation_direction import PstnPhoneConversationDirection
from ..models.pstn_phone_conversation_state import PstnPhoneConversationState
from ..models.pstn_phone_conversation_type import PstnPhoneConversationType
from ..types import UNSET, Unset, format_datetime, parse_datetime

if TYPE_CHECKING:
    from ..models.assignment import Assignment
    from ..models.custom_attribute import CustomAttribute
    from ..models.email_forward import EmailForward
    from ..models.follow_up import FollowUp
    from ..models.queue import Queue
    from ..models.side_conversation import SideConversation


T = TypeVar("T", bound="PstnPhoneConversation")


@_attrs_define
class PstnPhoneConversation:
    """
    Attributes:
        type_ (PstnPhoneConversationType): Variant tag; always `PstnPhoneConversation`. Default:
            PstnPhoneConversationType.PSTNPHONECONVERSATION.
        channel (PstnPhoneConversationChannel):
        created_at (datetime.datetime):
        id (int):
        requester_id (str): UUID. Kept as a plain string: Dixa's own examples contain ids that are not valid UUIDs.
        assignment (Assignment | Unset):
        custom_attributes (list[CustomAttribute] | Unset):
        direction (PstnPhoneConversationDirection | Unset):
        link (EmailForward | FollowUp | SideConversation | Unset): One of several variants, told apart by `_type`.
        queue (Queue | Unset):
        state (PstnPhoneConversationState | Unset):
        state_updated_at (datetime.datetime | Unset):
        transport_expires_at (datetime.datetime | Unset):
    """

    channel: PstnPhoneConversationChannel
    created_at: datetime.datetime
    id: int
    requester_id: str
    type_: PstnPhoneConversationType = PstnPhoneConversationType.PSTNPHONECONVERSATION
    assignment: Assignment | Unset = UNSET
    custom_attributes: list[CustomAttribute] | Unset = UNSET
    direction: PstnPhoneConversationDirection | Unset = UNSET
    link: EmailForward | FollowUp | SideConversation | Unset = UNSET
    queue: Queue | Unset = UNSET
    state: PstnPhoneConversationState | Unset = UNSET
    state_updated_at: datetime.datetime | Unset = UNSET
    transport_expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "channel": "channel",
        "created_at": "createdAt",
        "id": "id",
        "requester_id": "requesterId",
        "assignment": "assignment",
        "custom_attributes": "customAttributes",
        "direction": "direction",
        "link": "link",
        "queue": "queue",
        "state": "state",
        "state_updated_at": "stateUpdatedAt",
        "transport_expires_at": "transportExpiresAt",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_forward import EmailForward  # noqa: PLC0415
        from ..models.follow_up import FollowUp  # noqa: PLC0415

        type_ = self.type_.value

        channel = self.channel.value

        created_at = format_datetime(self.created_at)

        id = self.id

        requester_id = self.requester_id

        assignment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assignment, Unset):
            assignment = self.assignment.to_dict()

        custom_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_attributes, Unset):
            custom_attributes = []
            for custom_attributes_item_data in self.custom_attributes:
                custom_attributes_item = custom_attributes_item_data.to_dict()
                custom_attributes.append(custom_attributes_item)

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        link: dict[str, Any] | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        elif isinstance(self.link, EmailForward):
            link = self.link.to_dict()
        elif isinstance(self.link, FollowUp):
            link = self.link.to_dict()
        else:
            link = self.link.to_dict()

        queue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queue, Unset):
            queue = self.queue.to_dict()

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        state_updated_at: str | Unset = UNSET
        if not isinstance(self.state_updated_at, Unset):
            state_updated_at = format_datetime(self.state_updated_at)

        transport_expires_at: str | Unset = UNSET
        if not isinstance(self.transport_expires_at, Unset):
            transport_expires_at = format_datetime(self.transport_expires_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "channel": channel,
                "createdAt": created_at,
                "id": id,
                "requesterId": requester_id,
            }
        )
        if assignment is not UNSET:
            field_dict["assignment"] = assignment
        if custom_attributes is not UNSET:
            field_dict["customAttributes"] = custom_attributes
        if direction is not UNSET:
            field_dict["direction"] = direction
        if link is not UNSET:
            field_dict["link"] = link
        if queue is not UNSET:
            field_dict["queue"] = queue
        if state is not UNSET:
            field_dict["state"] = state
        if state_updated_at is not UNSET:
            field_dict["stateUpdatedAt"] = state_updated_at
        if transport_expires_at is not UNSET:
            field_dict["transportExpiresAt"] = transport_expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assignment import Assignment  # noqa: PLC0415
        from ..models.custom_attribute import CustomAttribute  # noqa: PLC0415
        from ..models.email_forward import EmailForward  # noqa: PLC0415
        from ..models.follow_up import FollowUp  # noqa: PLC0415
        from ..models.queue import Queue  # noqa: PLC0415
        from ..models.side_conversation import SideConversation  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = PstnPhoneConversationType(d.pop("_type"))

        channel = PstnPhoneConversationChannel(d.pop("channel"))

        created_at = parse_datetime(d.pop("createdAt"))

        id = d.pop("id")

        requester_id = d.pop("requesterId")

        _assignment = d.pop("assignment", UNSET)
        assignment: Assignment | Unset
        if isinstance(_assignment, Unset):
            assignment = UNSET
        else:
            assignment = Assignment.from_dict(_assignment)

        _custom_attributes = d.pop("customAttributes", UNSET)
        custom_attributes: list[CustomAttribute] | Unset = UNSET
        if _custom_attributes is not UNSET:
            custom_attributes = []
            for custom_attributes_item_data in _custom_attributes:
                custom_attributes_item = CustomAttribute.from_dict(
                    custom_attributes_item_data
                )

                custom_attributes.append(custom_attributes_item)

        _direction = d.pop("direction", UNSET)
        direction: PstnPhoneConversationDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = PstnPhoneConversationDirection(_direction)

        def _parse_link(
            data: object,
        ) -> EmailForward | FollowUp | SideConversation | Unset:
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                type_tag = data.get("_type")
                if type_tag == "EmailForward":
                    componentsschemas_conversation_link_type_0 = EmailForward.from_dict(
                        data
                    )

                    return componentsschemas_conversation_link_type_0
                if type_tag == "FollowUp":
                    componentsschemas_conversation_link_type_1 = FollowUp.from_dict(
                        data
                    )

                    return componentsschemas_conversation_link_type_1
                if type_tag == "SideConversation":
                    componentsschemas_conversation_link_type_2 = (
                        SideConversation.from_dict(data)
                    )

                    return componentsschemas_conversation_link_type_2
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_conversation_link_type_0 = EmailForward.from_dict(
                    data
                )

                return componentsschemas_conversation_link_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_conversation_link_type_1 = FollowUp.from_dict(data)

                return componentsschemas_conversation_link_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_link_type_2 = SideConversation.from_dict(
                data
            )

            return componentsschemas_conversation_link_type_2

        link = _parse_link(d.pop("link", UNSET))

        _queue = d.pop("queue", UNSET)
        queue: Queue | Unset
        if isinstance(_queue, Unset):
            queue = UNSET
        else:
            queue = Queue.from_dict(_queue)

        _state = d.pop("state", UNSET)
        state: PstnPhoneConversationState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = PstnPhoneConversationState(_state)

        _state_updated_at = d.pop("stateUpdatedAt", UNSET)
        state_updated_at: datetime.datetime | Unset
        if isinstance(_state_updated_at, Unset):
            state_updated_at = UNSET
        else:
            state_updated_at = parse_datetime(_state_updated_at)

        _transport_expires_at = d.pop("transportExpiresAt", UNSET)
        transport_expires_at: datetime.datetime | Unset
        if isinstance(_transport_expires_at, Unset):
            transport_expires_at = UNSET
        else:
            transport_expires_at = parse_datetime(_transport_expires_at)

        pstn_phone_conversation = cls(
            type_=type_,
            channel=channel,
            created_at=created_at,
            id=id,
            requester_id=requester_id,
            assignment=assignment,
            custom_attributes=custom_attributes,
            direction=direction,
            link=link,
            queue=queue,
            state=state,
            state_updated_at=state_updated_at,
            transport_expires_at=transport_expires_at,
        )

        pstn_phone_conversation.additional_properties = d
        return pstn_phone_conversation

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
