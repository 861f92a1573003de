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

from ..models.generic_conversation_import_direction import (
    GenericConversationImportDirection,
)
from ..models.generic_conversation_import_requester_connection_status import (
    GenericConversationImportRequesterConnectionStatus,
)
from ..models.generic_conversation_import_type import GenericConversationImportType
from ..types import UNSET, Unset, format_datetime, parse_datetime

if TYPE_CHECKING:
    from ..models.assignment import Assignment
    from ..models.closing import Closing
    from ..models.inbound_import import InboundImport
    from ..models.outbound_import import OutboundImport


T = TypeVar("T", bound="GenericConversationImport")


@_attrs_define
class GenericConversationImport:
    """
    Attributes:
        created_at (datetime.datetime):
        direction (GenericConversationImportDirection):
        generic_channel_name (str):
        requester_id (str): UUID. Kept as a plain string: Dixa's own examples contain ids that are not valid UUIDs.
        assignment (Assignment | Unset):
        attributes (Any | Unset):
        closing (Closing | Unset):
        external_id (str | Unset):
        messages (list[InboundImport | OutboundImport] | Unset):
        requester_connection_status (GenericConversationImportRequesterConnectionStatus | Unset):
        type_ (GenericConversationImportType | Unset): Tag Dixa's import examples send; optional. Default:
            GenericConversationImportType.GENERICCONVERSATIONIMPORT.
    """

    created_at: datetime.datetime
    direction: GenericConversationImportDirection
    generic_channel_name: str
    requester_id: str
    assignment: Assignment | Unset = UNSET
    attributes: Any | Unset = UNSET
    closing: Closing | Unset = UNSET
    external_id: str | Unset = UNSET
    messages: list[InboundImport | OutboundImport] | Unset = UNSET
    requester_connection_status: (
        GenericConversationImportRequesterConnectionStatus | Unset
    ) = UNSET
    type_: GenericConversationImportType | Unset = (
        GenericConversationImportType.GENERICCONVERSATIONIMPORT
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "created_at": "createdAt",
        "direction": "direction",
        "generic_channel_name": "genericChannelName",
        "requester_id": "requesterId",
        "assignment": "assignment",
        "attributes": "attributes",
        "closing": "closing",
        "external_id": "externalId",
        "messages": "messages",
        "requester_connection_status": "requesterConnectionStatus",
        "type_": "_type",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.inbound_import import InboundImport  # noqa: PLC0415

        created_at = format_datetime(self.created_at)

        direction = self.direction.value

        generic_channel_name = self.generic_channel_name

        requester_id = self.requester_id

        assignment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assignment, Unset):
            assignment = self.assignment.to_dict()

        attributes = self.attributes

        closing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.closing, Unset):
            closing = self.closing.to_dict()

        external_id = self.external_id

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item: dict[str, Any]
                if isinstance(messages_item_data, InboundImport):
                    messages_item = messages_item_data.to_dict()
                else:
                    messages_item = messages_item_data.to_dict()

                messages.append(messages_item)

        requester_connection_status: str | Unset = UNSET
        if not isinstance(self.requester_connection_status, Unset):
            requester_connection_status = self.requester_connection_status.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "direction": direction,
                "genericChannelName": generic_channel_name,
                "requesterId": requester_id,
            }
        )
        if assignment is not UNSET:
            field_dict["assignment"] = assignment
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if closing is not UNSET:
            field_dict["closing"] = closing
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if messages is not UNSET:
            field_dict["messages"] = messages
        if requester_connection_status is not UNSET:
            field_dict["requesterConnectionStatus"] = requester_connection_status
        if type_ is not UNSET:
            field_dict["_type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assignment import Assignment  # noqa: PLC0415
        from ..models.closing import Closing  # noqa: PLC0415
        from ..models.inbound_import import InboundImport  # noqa: PLC0415
        from ..models.outbound_import import OutboundImport  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        created_at = parse_datetime(d.pop("createdAt"))

        direction = GenericConversationImportDirection(d.pop("direction"))

        generic_channel_name = d.pop("genericChannelName")

        requester_id = d.pop("requesterId")

        _assignment = d.pop("assignment", UNSET)
        assignment: Assignment | Unset
        if isinstance(_assignment, Unset):
            assignment = UNSET
        else:
            assignment = Assignment.from_dict(_assignment)

        attributes = d.pop("attributes", UNSET)

        _closing = d.pop("closing", UNSET)
        closing: Closing | Unset
        if isinstance(_closing, Unset):
            closing = UNSET
        else:
            closing = Closing.from_dict(_closing)

        external_id = d.pop("externalId", UNSET)

        _messages = d.pop("messages", UNSET)
        messages: list[InboundImport | OutboundImport] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:

                def _parse_messages_item(
                    data: object,
                ) -> InboundImport | OutboundImport:
                    if isinstance(data, dict):
                        type_tag = data.get("_type")
                        if type_tag == "InboundImport":
                            componentsschemas_import_message_input_type_0 = (
                                InboundImport.from_dict(data)
                            )

                            return componentsschemas_import_message_input_type_0
                        if type_tag == "OutboundImport":
                            componentsschemas_import_message_input_type_1 = (
                                OutboundImport.from_dict(data)
                            )

                            return componentsschemas_import_message_input_type_1
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_import_message_input_type_0 = (
                            InboundImport.from_dict(data)
                        )

                        return componentsschemas_import_message_input_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_import_message_input_type_1 = (
                        OutboundImport.from_dict(data)
                    )

                    return componentsschemas_import_message_input_type_1

                messages_item = _parse_messages_item(messages_item_data)

                messages.append(messages_item)

        _requester_connection_status = d.pop("requesterConnectionStatus", UNSET)
        requester_connection_status: (
            GenericConversationImportRequesterConnectionStatus | Unset
        )
        if isinstance(_requester_connection_status, Unset):
            requester_connection_status = UNSET
        else:
            requester_connection_status = (
                GenericConversationImportRequesterConnectionStatus(
                    _requester_connection_status
                )
            )

        _type_ = d.pop("_type", UNSET)
        type_: GenericConversationImportType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = GenericConversationImportType(_type_)

        generic_conversation_import = cls(
            created_at=created_at,
            direction=direction,
            generic_channel_name=generic_channel_name,
            requester_id=requester_id,
            assignment=assignment,
            attributes=attributes,
            closing=closing,
            external_id=external_id,
            messages=messages,
            requester_connection_status=requester_connection_status,
            type_=type_,
        )

        generic_conversation_import.additional_properties = d
        return generic_conversation_import

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
