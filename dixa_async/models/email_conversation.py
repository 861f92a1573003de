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

from ..models.email_conversation_channel import EmailConversationChannel
from ..models.email_conversation_direction import EmailConversationDirection
from ..models.email_conversation_state import EmailConversationState
from ..models.email_conversation_type import EmailConversationType
from ..types import UNSET, Unset, format_datetime, parse_datetime

if TYPE_CHECKING:
    from ..models.assignment import Assignment
    from ..models.custom_attribute import CustomAttribute
    from ..models.email_forward import EmailForward
    from ..models.follow_up import FollowUp
    from ..models.queue import Queue
    from ..models.side_conversation import SideConversation


T = TypeVar("T", bound="EmailConversation")


@_attrs_define
class EmailConversation:
    """
    Attributes:
        type_ (EmailConversationType): Variant tag; always `EmailConversation`. Default:
            EmailConversationType.EMAILCONVERSATION.
        channel (EmailConversationChannel):
        created_at (datetime.datetime):
        from_email (str):
        id (int):
        integration_email (str):
        requester_id (str): UUID. Kept as a plain string: Dixa's own examples contain ids that are not valid UUIDs.
        to_email (str):
        assignment (Assignment | Unset):
        custom_attributes (list[CustomAttribute] | Unset):
        direction (EmailConversationDirection | Unset):
        language (str | Unset):
        link (EmailForward | FollowUp | SideConversation | Unset): One of several variants, told apart by `_type`.
        queue (Queue | Unset):
        state (EmailConversationState | Unset):
        state_updated_at (datetime.datetime | Unset):
        subject (str | Unset):
        transport_expires_at (datetime.datetime | Unset):
    """

    channel: EmailConversationChannel
    created_at: datetime.datetime
    from_email: str
    id: int
    integration_email: str
    requester_id: str
    to_email: str
    type_: EmailConversationType = EmailConversationType.EMAILCONVERSATION
    assignment: Assignment | Unset = UNSET
    custom_attributes: list[CustomAttribute] | Unset = UNSET
    direction: EmailConversationDirection | Unset = UNSET
    language: str | Unset = UNSET
    link: EmailForward | FollowUp | SideConversation | Unset = UNSET
    queue: Queue | Unset = UNSET
    state: EmailConversationState | Unset = UNSET
    state_updated_at: datetime.datetime | Unset = UNSET
    subject: str | Unset = UNSET
    transport_expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "channel": "channel",
        "created_at": "createdAt",
        "from_email": "fromEmail",
        "id": "id",
        "integration_email": "integrationEmail",
        "requester_id": "requesterId",
        "to_email": "toEmail",
        "assignment": "assignment",
        "custom_attributes": "customAttributes",
        "direction": "direction",
        "language": "language",
        "link": "link",
        "queue": "queue",
        "state": "state",
        "state_updated_at": "stateUpdatedAt",
        "subject": "subject",
        "transport_expires_at": "transportExpiresAt",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_forward import EmailForward  # noqa: PLC0415
        from ..models.follow_up import FollowUp  # noqa: PLC0415

        type_ = self.type_.value

        channel = self.channel.value

        created_at = format_datetime(self.created_at)

        from_email = self.from_email

        id = self.id

        integration_email = self.integration_email

        requester_id = self.requester_id

        to_email = self.to_email

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

        language = self.language

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

        subject = self.subject

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
                "fromEmail": from_email,
                "id": id,
                "integrationEmail": integration_email,
                "requesterId": requester_id,
                "toEmail": to_email,
            }
        )
        if assignment is not UNSET:
            field_dict["assignment"] = assignment
        if custom_attributes is not UNSET:
            field_dict["customAttributes"] = custom_attributes
        if direction is not UNSET:
            field_dict["direction"] = direction
        if language is not UNSET:
            field_dict["language"] = language
        if link is not UNSET:
            field_dict["link"] = link
        if queue is not UNSET:
            field_dict["queue"] = queue
        if state is not UNSET:
            field_dict["state"] = state
        if state_updated_at is not UNSET:
            field_dict["stateUpdatedAt"] = state_updated_at
        if subject is not UNSET:
            field_dict["subject"] = subject
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
        type_ = EmailConversationType(d.pop("_type"))

        channel = EmailConversationChannel(d.pop("channel"))

        created_at = parse_datetime(d.pop("createdAt"))

        from_email = d.pop("fromEmail")

        id = d.pop("id")

        integration_email = d.pop("integrationEmail")

        requester_id = d.pop("requesterId")

        to_email = d.pop("toEmail")

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
        direction: EmailConversationDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = EmailConversationDirection(_direction)

        language = d.pop("language", UNSET)

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
        state: EmailConversationState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = EmailConversationState(_state)

        _state_updated_at = d.pop("stateUpdatedAt", UNSET)
        state_updated_at: datetime.datetime | Unset
        if isinstance(_state_updated_at, Unset):
            state_updated_at = UNSET
        else:
            state_updated_at = parse_datetime(_state_updated_at)

        subject = d.pop("subject", UNSET)

        _transport_expires_at = d.pop("transportExpiresAt", UNSET)
        transport_expires_at: datetime.datetime | Unset
        if isinstance(_transport_expires_at, Unset):
            transport_expires_at = UNSET
        else:
            transport_expires_at = parse_datetime(_transport_expires_at)

        email_conversation = cls(
            type_=type_,
            channel=channel,
            created_at=created_at,
            from_email=from_email,
            id=id,
            integration_email=integration_email,
            requester_id=requester_id,
            to_email=to_email,
            assignment=assignment,
            custom_attributes=custom_attributes,
            direction=direction,
            language=language,
            link=link,
            queue=queue,
            state=state,
            state_updated_at=state_updated_at,
            subject=subject,
            transport_expires_at=transport_expires_at,
        )

        email_conversation.additional_properties = d
        return email_conversation

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
