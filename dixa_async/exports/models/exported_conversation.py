from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_channel import ExportChannel
from ..models.export_conversation_status import ExportConversationStatus
from ..models.export_direction import ExportDirection
from ..types import UNSET, Unset, format_datetime, parse_datetime

if TYPE_CHECKING:
    from ..models.exported_custom_field import ExportedCustomField
    from ..models.exported_rating import ExportedRating
    from ..models.exported_tag import ExportedTag


T = TypeVar("T", bound="ExportedConversation")


@_attrs_define
class ExportedConversation:
    """One conversation of `GET /v1/conversation_export`: a flat record with the fields of Dixa's CSV export. Only `id` is
    required; explicit nulls read as absent (a null `created_at` too, as the peers' schemas allow); fields not described
    here are kept in `additional_properties`.

        Attributes:
            id (int): The conversation id (csid).
            created_at (datetime.datetime | Unset): A moment. Dixa sends Unix epoch milliseconds (an integer); ISO-8601
                strings and digit-only strings are read as well (lenient reading of the generated types module).
            updated_at (datetime.datetime | Unset): A moment. Dixa sends Unix epoch milliseconds (an integer); ISO-8601
                strings and digit-only strings are read as well (lenient reading of the generated types module).
            initial_channel (ExportChannel | Unset): The channel a conversation started on. Values Dixa adds later are kept,
                not rejected.
            status (ExportConversationStatus | Unset): State of a conversation. Values Dixa adds later are kept.
            direction (ExportDirection | Unset): Direction of a conversation or message. Values Dixa adds later are kept.
            subject (str | Unset):
            requester_id (str | Unset):
            requester_name (str | Unset):
            requester_email (str | Unset):
            requester_additional_emails (list[str] | Unset):
            requester_phone_number (str | Unset):
            requester_additional_phone_numbers (list[str] | Unset):
            originating_country (str | Unset):
            queued_at (datetime.datetime | Unset): A moment. Dixa sends Unix epoch milliseconds (an integer); ISO-8601
                strings and digit-only strings are read as well (lenient reading of the generated types module).
            queue_id (str | Unset):
            queue_name (str | Unset):
            assigned_at (datetime.datetime | Unset): A moment. Dixa sends Unix epoch milliseconds (an integer); ISO-8601
                strings and digit-only strings are read as well (lenient reading of the generated types module).
            assignee_id (str | Unset):
            assignee_name (str | Unset):
            assignee_email (str | Unset):
            assignee_phone_number (str | Unset):
            closed_at (datetime.datetime | Unset): A moment. Dixa sends Unix epoch milliseconds (an integer); ISO-8601
                strings and digit-only strings are read as well (lenient reading of the generated types module).
            last_message_created_at (datetime.datetime | Unset): A moment. Dixa sends Unix epoch milliseconds (an integer);
                ISO-8601 strings and digit-only strings are read as well (lenient reading of the generated types module).
            anonymized_at (datetime.datetime | Unset): A moment. Dixa sends Unix epoch milliseconds (an integer); ISO-8601
                strings and digit-only strings are read as well (lenient reading of the generated types module).
            total_duration (int | Unset): Dixa does not document the unit.
            handling_duration (int | Unset): Dixa does not document the unit.
            rating_score (int | Unset):
            rating_message (str | Unset):
            ratings (list[ExportedRating] | Unset):
            tags (list[str] | Unset): Tag names.
            tags_info (list[ExportedTag] | Unset):
            custom_fields (list[ExportedCustomField] | Unset):
            conversation_wrapup_notes (list[str] | Unset): The conversation's internal notes (they are not in the message
                export).
            to_provisioned_phone_number_id (str | Unset):
            to_provisioned_phone_number_name (str | Unset):
            from_provisioned_phone_number_id (str | Unset):
            from_provisioned_phone_number_name (str | Unset):
            transfer_time (int | Unset):
            transferee_name (str | Unset):
            transferee_number (str | Unset):
            dixa_email_integration_id (str | Unset):
            dixa_email_integration_sender_name (str | Unset):
            forwarding_email (str | Unset):
            facebook_page_id (str | Unset):
            facebook_page_name (str | Unset):
            widget_id (str | Unset):
            widget_name (str | Unset):
    """

    id: int
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    initial_channel: ExportChannel | Unset = UNSET
    status: ExportConversationStatus | Unset = UNSET
    direction: ExportDirection | Unset = UNSET
    subject: str | Unset = UNSET
    requester_id: str | Unset = UNSET
    requester_name: str | Unset = UNSET
    requester_email: str | Unset = UNSET
    requester_additional_emails: list[str] | Unset = UNSET
    requester_phone_number: str | Unset = UNSET
    requester_additional_phone_numbers: list[str] | Unset = UNSET
    originating_country: str | Unset = UNSET
    queued_at: datetime.datetime | Unset = UNSET
    queue_id: str | Unset = UNSET
    queue_name: str | Unset = UNSET
    assigned_at: datetime.datetime | Unset = UNSET
    assignee_id: str | Unset = UNSET
    assignee_name: str | Unset = UNSET
    assignee_email: str | Unset = UNSET
    assignee_phone_number: str | Unset = UNSET
    closed_at: datetime.datetime | Unset = UNSET
    last_message_created_at: datetime.datetime | Unset = UNSET
    anonymized_at: datetime.datetime | Unset = UNSET
    total_duration: int | Unset = UNSET
    handling_duration: int | Unset = UNSET
    rating_score: int | Unset = UNSET
    rating_message: str | Unset = UNSET
    ratings: list[ExportedRating] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    tags_info: list[ExportedTag] | Unset = UNSET
    custom_fields: list[ExportedCustomField] | Unset = UNSET
    conversation_wrapup_notes: list[str] | Unset = UNSET
    to_provisioned_phone_number_id: str | Unset = UNSET
    to_provisioned_phone_number_name: str | Unset = UNSET
    from_provisioned_phone_number_id: str | Unset = UNSET
    from_provisioned_phone_number_name: str | Unset = UNSET
    transfer_time: int | Unset = UNSET
    transferee_name: str | Unset = UNSET
    transferee_number: str | Unset = UNSET
    dixa_email_integration_id: str | Unset = UNSET
    dixa_email_integration_sender_name: str | Unset = UNSET
    forwarding_email: str | Unset = UNSET
    facebook_page_id: str | Unset = UNSET
    facebook_page_name: str | Unset = UNSET
    widget_id: str | Unset = UNSET
    widget_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "initial_channel": "initial_channel",
        "status": "status",
        "direction": "direction",
        "subject": "subject",
        "requester_id": "requester_id",
        "requester_name": "requester_name",
        "requester_email": "requester_email",
        "requester_additional_emails": "requester_additional_emails",
        "requester_phone_number": "requester_phone_number",
        "requester_additional_phone_numbers": "requester_additional_phone_numbers",
        "originating_country": "originating_country",
        "queued_at": "queued_at",
        "queue_id": "queue_id",
        "queue_name": "queue_name",
        "assigned_at": "assigned_at",
        "assignee_id": "assignee_id",
        "assignee_name": "assignee_name",
        "assignee_email": "assignee_email",
        "assignee_phone_number": "assignee_phone_number",
        "closed_at": "closed_at",
        "last_message_created_at": "last_message_created_at",
        "anonymized_at": "anonymized_at",
        "total_duration": "total_duration",
        "handling_duration": "handling_duration",
        "rating_score": "rating_score",
        "rating_message": "rating_message",
        "ratings": "ratings",
        "tags": "tags",
        "tags_info": "tags_info",
        "custom_fields": "custom_fields",
        "conversation_wrapup_notes": "conversation_wrapup_notes",
        "to_provisioned_phone_number_id": "to_provisioned_phone_number_id",
        "to_provisioned_phone_number_name": "to_provisioned_phone_number_name",
        "from_provisioned_phone_number_id": "from_provisioned_phone_number_id",
        "from_provisioned_phone_number_name": "from_provisioned_phone_number_name",
        "transfer_time": "transfer_time",
        "transferee_name": "transferee_name",
        "transferee_number": "transferee_number",
        "dixa_email_integration_id": "dixa_email_integration_id",
        "dixa_email_integration_sender_name": "dixa_email_integration_sender_name",
        "forwarding_email": "forwarding_email",
        "facebook_page_id": "facebook_page_id",
        "facebook_page_name": "facebook_page_name",
        "widget_id": "widget_id",
        "widget_name": "widget_name",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = format_datetime(self.created_at)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = format_datetime(self.updated_at)

        initial_channel: str | Unset = UNSET
        if not isinstance(self.initial_channel, Unset):
            initial_channel = self.initial_channel.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        subject = self.subject

        requester_id = self.requester_id

        requester_name = self.requester_name

        requester_email = self.requester_email

        requester_additional_emails: list[str] | Unset = UNSET
        if not isinstance(self.requester_additional_emails, Unset):
            requester_additional_emails = self.requester_additional_emails

        requester_phone_number = self.requester_phone_number

        requester_additional_phone_numbers: list[str] | Unset = UNSET
        if not isinstance(self.requester_additional_phone_numbers, Unset):
            requester_additional_phone_numbers = self.requester_additional_phone_numbers

        originating_country = self.originating_country

        queued_at: str | Unset = UNSET
        if not isinstance(self.queued_at, Unset):
            queued_at = format_datetime(self.queued_at)

        queue_id = self.queue_id

        queue_name = self.queue_name

        assigned_at: str | Unset = UNSET
        if not isinstance(self.assigned_at, Unset):
            assigned_at = format_datetime(self.assigned_at)

        assignee_id = self.assignee_id

        assignee_name = self.assignee_name

        assignee_email = self.assignee_email

        assignee_phone_number = self.assignee_phone_number

        closed_at: str | Unset = UNSET
        if not isinstance(self.closed_at, Unset):
            closed_at = format_datetime(self.closed_at)

        last_message_created_at: str | Unset = UNSET
        if not isinstance(self.last_message_created_at, Unset):
            last_message_created_at = format_datetime(self.last_message_created_at)

        anonymized_at: str | Unset = UNSET
        if not isinstance(self.anonymized_at, Unset):
            anonymized_at = format_datetime(self.anonymized_at)

        total_duration = self.total_duration

        handling_duration = self.handling_duration

        rating_score = self.rating_score

        rating_message = self.rating_message

        ratings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ratings, Unset):
            ratings = []
            for ratings_item_data in self.ratings:
                ratings_item = ratings_item_data.to_dict()
                ratings.append(ratings_item)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        tags_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags_info, Unset):
            tags_info = []
            for tags_info_item_data in self.tags_info:
                tags_info_item = tags_info_item_data.to_dict()
                tags_info.append(tags_info_item)

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        conversation_wrapup_notes: list[str] | Unset = UNSET
        if not isinstance(self.conversation_wrapup_notes, Unset):
            conversation_wrapup_notes = self.conversation_wrapup_notes

        to_provisioned_phone_number_id = self.to_provisioned_phone_number_id

        to_provisioned_phone_number_name = self.to_provisioned_phone_number_name

        from_provisioned_phone_number_id = self.from_provisioned_phone_number_id

        from_provisioned_phone_number_name = self.from_provisioned_phone_number_name

        transfer_time = self.transfer_time

        transferee_name = self.transferee_name

        transferee_number = self.transferee_number

        dixa_email_integration_id = self.dixa_email_integration_id

        dixa_email_integration_sender_name = self.dixa_email_integration_sender_name

        forwarding_email = self.forwarding_email

        facebook_page_id = self.facebook_page_id

        facebook_page_name = self.facebook_page_name

        widget_id = self.widget_id

        widget_name = self.widget_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if initial_channel is not UNSET:
            field_dict["initial_channel"] = initial_channel
        if status is not UNSET:
            field_dict["status"] = status
        if direction is not UNSET:
            field_dict["direction"] = direction
        if subject is not UNSET:
            field_dict["subject"] = subject
        if requester_id is not UNSET:
            field_dict["requester_id"] = requester_id
        if requester_name is not UNSET:
            field_dict["requester_name"] = requester_name
        if requester_email is not UNSET:
            field_dict["requester_email"] = requester_email
        if requester_additional_emails is not UNSET:
            field_dict["requester_additional_emails"] = requester_additional_emails
        if requester_phone_number is not UNSET:
            field_dict["requester_phone_number"] = requester_phone_number
        if requester_additional_phone_numbers is not UNSET:
            field_dict["requester_additional_phone_numbers"] = (
                requester_additional_phone_numbers
            )
        if originating_country is not UNSET:
            field_dict["originating_country"] = originating_country
        if queued_at is not UNSET:
            field_dict["queued_at"] = queued_at
        if queue_id is not UNSET:
            field_dict["queue_id"] = queue_id
        if queue_name is not UNSET:
            field_dict["queue_name"] = queue_name
        if assigned_at is not UNSET:
            field_dict["assigned_at"] = assigned_at
        if assignee_id is not UNSET:
            field_dict["assignee_id"] = assignee_id
        if assignee_name is not UNSET:
            field_dict["assignee_name"] = assignee_name
        if assignee_email is not UNSET:
            field_dict["assignee_email"] = assignee_email
        if assignee_phone_number is not UNSET:
            field_dict["assignee_phone_number"] = assignee_phone_number
        if closed_at is not UNSET:
            field_dict["closed_at"] = closed_at
        if last_message_created_at is not UNSET:
            field_dict["last_message_created_at"] = last_message_created_at
        if anonymized_at is not UNSET:
            field_dict["anonymized_at"] = anonymized_at
        if total_duration is not UNSET:
            field_dict["total_duration"] = total_duration
        if handling_duration is not UNSET:
            field_dict["handling_duration"] = handling_duration
        if rating_score is not UNSET:
            field_dict["rating_score"] = rating_score
        if rating_message is not UNSET:
            field_dict["rating_message"] = rating_message
        if ratings is not UNSET:
            field_dict["ratings"] = ratings
        if tags is not UNSET:
            field_dict["tags"] = tags
        if tags_info is not UNSET:
            field_dict["tags_info"] = tags_info
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if conversation_wrapup_notes is not UNSET:
            field_dict["conversation_wrapup_notes"] = conversation_wrapup_notes
        if to_provisioned_phone_number_id is not UNSET:
            field_dict["to_provisioned_phone_number_id"] = (
                to_provisioned_phone_number_id
            )
        if to_provisioned_phone_number_name is not UNSET:
            field_dict["to_provisioned_phone_number_name"] = (
                to_provisioned_phone_number_name
            )
        if from_provisioned_phone_number_id is not UNSET:
            field_dict["from_provisioned_phone_number_id"] = (
                from_provisioned_phone_number_id
            )
        if from_provisioned_phone_number_name is not UNSET:
            field_dict["from_provisioned_phone_number_name"] = (
                from_provisioned_phone_number_name
            )
        if transfer_time is not UNSET:
            field_dict["transfer_time"] = transfer_time
        if transferee_name is not UNSET:
            field_dict["transferee_name"] = transferee_name
        if transferee_number is not UNSET:
            field_dict["transferee_number"] = transferee_number
        if dixa_email_integration_id is not UNSET:
            field_dict["dixa_email_integration_id"] = dixa_email_integration_id
        if dixa_email_integration_sender_name is not UNSET:
            field_dict["dixa_email_integration_sender_name"] = (
                dixa_email_integration_sender_name
            )
        if forwarding_email is not UNSET:
            field_dict["forwarding_email"] = forwarding_email
        if facebook_page_id is not UNSET:
            field_dict["facebook_page_id"] = facebook_page_id
        if facebook_page_name is not UNSET:
            field_dict["facebook_page_name"] = facebook_page_name
        if widget_id is not UNSET:
            field_dict["widget_id"] = widget_id
        if widget_name is not UNSET:
            field_dict["widget_name"] = widget_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.exported_custom_field import ExportedCustomField  # noqa: PLC0415
        from ..models.exported_rating import ExportedRating  # noqa: PLC0415
        from ..models.exported_tag import ExportedTag  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        id = d.pop("id")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        _initial_channel = d.pop("initial_channel", UNSET)
        initial_channel: ExportChannel | Unset
        if isinstance(_initial_channel, Unset):
            initial_channel = UNSET
        else:
            initial_channel = ExportChannel(_initial_channel)

        _status = d.pop("status", UNSET)
        status: ExportConversationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ExportConversationStatus(_status)

        _direction = d.pop("direction", UNSET)
        direction: ExportDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = ExportDirection(_direction)

        subject = d.pop("subject", UNSET)

        requester_id = d.pop("requester_id", UNSET)

        requester_name = d.pop("requester_name", UNSET)

        requester_email = d.pop("requester_email", UNSET)

        requester_additional_emails = cast(
            list[str], d.pop("requester_additional_emails", UNSET)
        )

        requester_phone_number = d.pop("requester_phone_number", UNSET)

        requester_additional_phone_numbers = cast(
            list[str], d.pop("requester_additional_phone_numbers", UNSET)
        )

        originating_country = d.pop("originating_country", UNSET)

        _queued_at = d.pop("queued_at", UNSET)
        queued_at: datetime.datetime | Unset
        if isinstance(_queued_at, Unset):
            queued_at = UNSET
        else:
            queued_at = parse_datetime(_queued_at)

        queue_id = d.pop("queue_id", UNSET)

        queue_name = d.pop("queue_name", UNSET)

        _assigned_at = d.pop("assigned_at", UNSET)
        assigned_at: datetime.datetime | Unset
        if isinstance(_assigned_at, Unset):
            assigned_at = UNSET
        else:
            assigned_at = parse_datetime(_assigned_at)

        assignee_id = d.pop("assignee_id", UNSET)

        assignee_name = d.pop("assignee_name", UNSET)

        assignee_email = d.pop("assignee_email", UNSET)

        assignee_phone_number = d.pop("assignee_phone_number", UNSET)

        _closed_at = d.pop("closed_at", UNSET)
        closed_at: datetime.datetime | Unset
        if isinstance(_closed_at, Unset):
            closed_at = UNSET
        else:
            closed_at = parse_datetime(_closed_at)

        _last_message_created_at = d.pop("last_message_created_at", UNSET)
        last_message_created_at: datetime.datetime | Unset
        if isinstance(_last_message_created_at, Unset):
            last_message_created_at = UNSET
        else:
            last_message_created_at = parse_datetime(_last_message_created_at)

        _anonymized_at = d.pop("anonymized_at", UNSET)
        anonymized_at: datetime.datetime | Unset
        if isinstance(_anonymized_at, Unset):
            anonymized_at = UNSET
        else:
            anonymized_at = parse_datetime(_anonymized_at)

        total_duration = d.pop("total_duration", UNSET)

        handling_duration = d.pop("handling_duration", UNSET)

        rating_score = d.pop("rating_score", UNSET)

        rating_message = d.pop("rating_message", UNSET)

        _ratings = d.pop("ratings", UNSET)
        ratings: list[ExportedRating] | Unset = UNSET
        if _ratings is not UNSET:
            ratings = []
            for ratings_item_data in _ratings:
                ratings_item = ExportedRating.from_dict(ratings_item_data)

                ratings.append(ratings_item)

        tags = cast(list[str], d.pop("tags", UNSET))

        _tags_info = d.pop("tags_info", UNSET)
        tags_info: list[ExportedTag] | Unset = UNSET
        if _tags_info is not UNSET:
            tags_info = []
            for tags_info_item_data in _tags_info:
                tags_info_item = ExportedTag.from_dict(tags_info_item_data)

                tags_info.append(tags_info_item)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[ExportedCustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = ExportedCustomField.from_dict(
                    custom_fields_item_data
                )

                custom_fields.append(custom_fields_item)

        conversation_wrapup_notes = cast(
            list[str], d.pop("conversation_wrapup_notes", UNSET)
        )

        to_provisioned_phone_number_id = d.pop("to_provisioned_phone_number_id", UNSET)

        to_provisioned_phone_number_name = d.pop(
            "to_provisioned_phone_number_name", UNSET
        )

        from_provisioned_phone_number_id = d.pop(
            "from_provisioned_phone_number_id", UNSET
        )

        from_provisioned_phone_number_name = d.pop(
            "from_provisioned_phone_number_name", UNSET
        )

        transfer_time = d.pop("transfer_time", UNSET)

        transferee_name = d.pop("transferee_name", UNSET)

        transferee_number = d.pop("transferee_number", UNSET)

        dixa_email_integration_id = d.pop("dixa_email_integration_id", UNSET)

        dixa_email_integration_sender_name = d.pop(
            "dixa_email_integration_sender_name", UNSET
        )

        forwarding_email = d.pop("forwarding_email", UNSET)

        facebook_page_id = d.pop("facebook_page_id", UNSET)

        facebook_page_name = d.pop("facebook_page_name", UNSET)

        widget_id = d.pop("widget_id", UNSET)

        widget_name = d.pop("widget_name", UNSET)

        exported_conversation = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            initial_channel=initial_channel,
            status=status,
            direction=direction,
            subject=subject,
            requester_id=requester_id,
            requester_name=requester_name,
            requester_email=requester_email,
            requester_additional_emails=requester_additional_emails,
            requester_phone_number=requester_phone_number,
            requester_additional_phone_numbers=requester_additional_phone_numbers,
            originating_country=originating_country,
            queued_at=queued_at,
            queue_id=queue_id,
            queue_name=queue_name,
            assigned_at=assigned_at,
            assignee_id=assignee_id,
            assignee_name=assignee_name,
            assignee_email=assignee_email,
            assignee_phone_number=assignee_phone_number,
            closed_at=closed_at,
            last_message_created_at=last_message_created_at,
            anonymized_at=anonymized_at,
            total_duration=total_duration,
            handling_duration=handling_duration,
            rating_score=rating_score,
            rating_message=rating_message,
            ratings=ratings,
            tags=tags,
            tags_info=tags_info,
            custom_fields=custom_fields,
            conversation_wrapup_notes=conversation_wrapup_notes,
            to_provisioned_phone_number_id=to_provisioned_phone_number_id,
            to_provisioned_phone_number_name=to_provisioned_phone_number_name,
            from_provisioned_phone_number_id=from_provisioned_phone_number_id,
            from_provisioned_phone_number_name=from_provisioned_phone_number_name,
            transfer_time=transfer_time,
            transferee_name=transferee_name,
            transferee_number=transferee_number,
            dixa_email_integration_id=dixa_email_integration_id,
            dixa_email_integration_sender_name=dixa_email_integration_sender_name,
            forwarding_email=forwarding_email,
            facebook_page_id=facebook_page_id,
            facebook_page_name=facebook_page_name,
            widget_id=widget_id,
            widget_name=widget_name,
        )

        exported_conversation.additional_properties = d
        return exported_conversation

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
