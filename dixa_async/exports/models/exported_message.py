from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_channel import ExportChannel
from ..models.export_direction import ExportDirection
from ..types import UNSET, Unset, format_datetime, parse_datetime

T = TypeVar("T", bound="ExportedMessage")


@_attrs_define
class ExportedMessage:
    """One message of `GET /v1/message_export`. Internal notes are not messages here. Only `id` is required; explicit nulls
    read as absent (a null `csid` or `created_at` too, as the peers' schemas allow); fields not described here are kept
    in `additional_properties`.

        Attributes:
            id (str):
            csid (int | Unset): The id of the message's conversation.
            created_at (datetime.datetime | Unset): A moment. Dixa sends Unix epoch milliseconds (an integer); ISO-8601
                strings and digit-only strings are read as well (lenient reading of the generated types module).
            initial_channel (ExportChannel | Unset): The channel a conversation started on. Values Dixa adds later are kept,
                not rejected.
            direction (ExportDirection | Unset): Direction of a conversation or message. Values Dixa adds later are kept.
            author_name (str | Unset):
            author_email (str | Unset):
            text (str | Unset):
            from_ (str | Unset):
            to (list[str] | str | Unset): Dixa's reference shows a string; a third-party connector reads a list of strings.
                Both are read.
            cc (list[str] | Unset):
            bcc (list[str] | Unset):
            attached_files (list[str] | Unset):
            from_phone_number (str | Unset):
            to_phone_number (str | Unset):
            duration (int | Unset):
            recording_url (str | Unset):
            voicemail_url (str | Unset):
            is_automated_message (bool | Unset):
            chat_input_question (str | Unset):  Example: How can we help?.
            chat_input_answer (str | Unset):  Example: None of the above.
            chat_menu_text (str | Unset):  Example: Please input your order number..
    """

    id: str
    csid: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    initial_channel: ExportChannel | Unset = UNSET
    direction: ExportDirection | Unset = UNSET
    author_name: str | Unset = UNSET
    author_email: str | Unset = UNSET
    text: str | Unset = UNSET
    from_: str | Unset = UNSET
    to: list[str] | str | Unset = UNSET
    cc: list[str] | Unset = UNSET
    bcc: list[str] | Unset = UNSET
    attached_files: list[str] | Unset = UNSET
    from_phone_number: str | Unset = UNSET
    to_phone_number: str | Unset = UNSET
    duration: int | Unset = UNSET
    recording_url: str | Unset = UNSET
    voicemail_url: str | Unset = UNSET
    is_automated_message: bool | Unset = UNSET
    chat_input_question: str | Unset = UNSET
    chat_input_answer: str | Unset = UNSET
    chat_menu_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "csid": "csid",
        "created_at": "created_at",
        "initial_channel": "initial_channel",
        "direction": "direction",
        "author_name": "author_name",
        "author_email": "author_email",
        "text": "text",
        "from_": "from",
        "to": "to",
        "cc": "cc",
        "bcc": "bcc",
        "attached_files": "attached_files",
        "from_phone_number": "from_phone_number",
        "to_phone_number": "to_phone_number",
        "duration": "duration",
        "recording_url": "recording_url",
        "voicemail_url": "voicemail_url",
        "is_automated_message": "is_automated_message",
        "chat_input_question": "chat_input_question",
        "chat_input_answer": "chat_input_answer",
        "chat_menu_text": "chat_menu_text",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        csid = self.csid

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = format_datetime(self.created_at)

        initial_channel: str | Unset = UNSET
        if not isinstance(self.initial_channel, Unset):
            initial_channel = self.initial_channel.value

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        author_name = self.author_name

        author_email = self.author_email

        text = self.text

        from_ = self.from_

        to: list[str] | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, list):
            to = self.to

        else:
            to = self.to

        cc: list[str] | Unset = UNSET
        if not isinstance(self.cc, Unset):
            cc = self.cc

        bcc: list[str] | Unset = UNSET
        if not isinstance(self.bcc, Unset):
            bcc = self.bcc

        attached_files: list[str] | Unset = UNSET
        if not isinstance(self.attached_files, Unset):
            attached_files = self.attached_files

        from_phone_number = self.from_phone_number

        to_phone_number = self.to_phone_number

        duration = self.duration

        recording_url = self.recording_url

        voicemail_url = self.voicemail_url

        is_automated_message = self.is_automated_message

        chat_input_question = self.chat_input_question

        chat_input_answer = self.chat_input_answer

        chat_menu_text = self.chat_menu_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if csid is not UNSET:
            field_dict["csid"] = csid
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if initial_channel is not UNSET:
            field_dict["initial_channel"] = initial_channel
        if direction is not UNSET:
            field_dict["direction"] = direction
        if author_name is not UNSET:
            field_dict["author_name"] = author_name
        if author_email is not UNSET:
            field_dict["author_email"] = author_email
        if text is not UNSET:
            field_dict["text"] = text
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if attached_files is not UNSET:
            field_dict["attached_files"] = attached_files
        if from_phone_number is not UNSET:
            field_dict["from_phone_number"] = from_phone_number
        if to_phone_number is not UNSET:
            field_dict["to_phone_number"] = to_phone_number
        if duration is not UNSET:
            field_dict["duration"] = duration
        if recording_url is not UNSET:
            field_dict["recording_url"] = recording_url
        if voicemail_url is not UNSET:
            field_dict["voicemail_url"] = voicemail_url
        if is_automated_message is not UNSET:
            field_dict["is_automated_message"] = is_automated_message
        if chat_input_question is not UNSET:
            field_dict["chat_input_question"] = chat_input_question
        if chat_input_answer is not UNSET:
            field_dict["chat_input_answer"] = chat_input_answer
        if chat_menu_text is not UNSET:
            field_dict["chat_menu_text"] = chat_menu_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        id = d.pop("id")

        csid = d.pop("csid", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _initial_channel = d.pop("initial_channel", UNSET)
        initial_channel: ExportChannel | Unset
        if isinstance(_initial_channel, Unset):
            initial_channel = UNSET
        else:
            initial_channel = ExportChannel(_initial_channel)

        _direction = d.pop("direction", UNSET)
        direction: ExportDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = ExportDirection(_direction)

        author_name = d.pop("author_name", UNSET)

        author_email = d.pop("author_email", UNSET)

        text = d.pop("text", UNSET)

        from_ = d.pop("from", UNSET)

        def _parse_to(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                to_type_1 = cast(list[str], data)

                return to_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

        cc = cast(list[str], d.pop("cc", UNSET))

        bcc = cast(list[str], d.pop("bcc", UNSET))

        attached_files = cast(list[str], d.pop("attached_files", UNSET))

        from_phone_number = d.pop("from_phone_number", UNSET)

        to_phone_number = d.pop("to_phone_number", UNSET)

        duration = d.pop("duration", UNSET)

        recording_url = d.pop("recording_url", UNSET)

        voicemail_url = d.pop("voicemail_url", UNSET)

        is_automated_message = d.pop("is_automated_message", UNSET)

        chat_input_question = d.pop("chat_input_question", UNSET)

        chat_input_answer = d.pop("chat_input_answer", UNSET)

        chat_menu_text = d.pop("chat_menu_text", UNSET)

        exported_message = cls(
            id=id,
            csid=csid,
            created_at=created_at,
            initial_channel=initial_channel,
            direction=direction,
            author_name=author_name,
            author_email=author_email,
            text=text,
            from_=from_,
            to=to,
            cc=cc,
            bcc=bcc,
            attached_files=attached_files,
            from_phone_number=from_phone_number,
            to_phone_number=to_phone_number,
            duration=duration,
            recording_url=recording_url,
            voicemail_url=voicemail_url,
            is_automated_message=is_automated_message,
            chat_input_question=chat_input_question,
            chat_input_answer=chat_input_answer,
            chat_menu_text=chat_menu_text,
        )

        exported_message.additional_properties = d
        return exported_message

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
