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

from ..models.chat_type import ChatType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.browser_info import BrowserInfo
    from ..models.inbound import Inbound
    from ..models.outbound import Outbound


T = TypeVar("T", bound="Chat")


@_attrs_define
class Chat:
    """
    Attributes:
        type_ (ChatType): Variant tag; always `Chat`. Default: ChatType.CHAT.
        message (Inbound | Outbound): One of several variants, told apart by `_type`.
        requester_id (str): UUID. Kept as a plain string: Dixa's own examples contain ids that are not valid UUIDs.
        widget_id (str): UUID. Kept as a plain string: Dixa's own examples contain ids that are not valid UUIDs.
        browser_info (BrowserInfo | Unset):
        language (str | Unset):
    """

    message: Inbound | Outbound
    requester_id: str
    widget_id: str
    type_: ChatType = ChatType.CHAT
    browser_info: BrowserInfo | Unset = UNSET
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "message": "message",
        "requester_id": "requesterId",
        "widget_id": "widgetId",
        "browser_info": "browserInfo",
        "language": "language",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.inbound import Inbound  # noqa: PLC0415

        type_ = self.type_.value

        message: dict[str, Any]
        if isinstance(self.message, Inbound):
            message = self.message.to_dict()
        else:
            message = self.message.to_dict()

        requester_id = self.requester_id

        widget_id = self.widget_id

        browser_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.browser_info, Unset):
            browser_info = self.browser_info.to_dict()

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "message": message,
                "requesterId": requester_id,
                "widgetId": widget_id,
            }
        )
        if browser_info is not UNSET:
            field_dict["browserInfo"] = browser_info
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.browser_info import BrowserInfo  # noqa: PLC0415
        from ..models.inbound import Inbound  # noqa: PLC0415
        from ..models.outbound import Outbound  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = ChatType(d.pop("_type"))

        def _parse_message(data: object) -> Inbound | Outbound:
            if isinstance(data, dict):
                type_tag = data.get("_type")
                if type_tag == "Inbound":
                    componentsschemas_create_message_input_type_0 = Inbound.from_dict(
                        data
                    )

                    return componentsschemas_create_message_input_type_0
                if type_tag == "Outbound":
                    componentsschemas_create_message_input_type_1 = Outbound.from_dict(
                        data
                    )

                    return componentsschemas_create_message_input_type_1
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_message_input_type_0 = Inbound.from_dict(data)

                return componentsschemas_create_message_input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_create_message_input_type_1 = Outbound.from_dict(data)

            return componentsschemas_create_message_input_type_1

        message = _parse_message(d.pop("message"))

        requester_id = d.pop("requesterId")

        widget_id = d.pop("widgetId")

        _browser_info = d.pop("browserInfo", UNSET)
        browser_info: BrowserInfo | Unset
        if isinstance(_browser_info, Unset):
            browser_info = UNSET
        else:
            browser_info = BrowserInfo.from_dict(_browser_info)

        language = d.pop("language", UNSET)

        chat = cls(
            type_=type_,
            message=message,
            requester_id=requester_id,
            widget_id=widget_id,
            browser_info=browser_info,
            language=language,
        )

        chat.additional_properties = d
        return chat

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
