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

from ..models.create_message_output_data_direction import (
    CreateMessageOutputDataDirection,
)
from ..types import UNSET, Unset, format_datetime, parse_datetime

if TYPE_CHECKING:
    from ..models.html import Html
    from ..models.markdown import Markdown
    from ..models.text import Text


T = TypeVar("T", bound="CreateMessageOutputData")


@_attrs_define
class CreateMessageOutputData:
    """
    Attributes:
        author_id (str): UUID. Kept as a plain string: Dixa's own examples contain ids that are not valid UUIDs.
        direction (CreateMessageOutputDataDirection):
        content (Html | Markdown | Text | Unset): One of several variants, told apart by `_type`.
        created_at (datetime.datetime | Unset):
        external_id (str | Unset):
        message_id (str | Unset): UUID. Kept as a plain string: Dixa's own examples contain ids that are not valid
            UUIDs.
    """

    author_id: str
    direction: CreateMessageOutputDataDirection
    content: Html | Markdown | Text | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    external_id: str | Unset = UNSET
    message_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "author_id": "authorId",
        "direction": "direction",
        "content": "content",
        "created_at": "createdAt",
        "external_id": "externalId",
        "message_id": "messageId",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.html import Html  # noqa: PLC0415
        from ..models.markdown import Markdown  # noqa: PLC0415

        author_id = self.author_id

        direction = self.direction.value

        content: dict[str, Any] | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, Html):
            content = self.content.to_dict()
        elif isinstance(self.content, Markdown):
            content = self.content.to_dict()
        else:
            content = self.content.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = format_datetime(self.created_at)

        external_id = self.external_id

        message_id = self.message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authorId": author_id,
                "direction": direction,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if message_id is not UNSET:
            field_dict["messageId"] = message_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.html import Html  # noqa: PLC0415
        from ..models.markdown import Markdown  # noqa: PLC0415
        from ..models.text import Text  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        author_id = d.pop("authorId")

        direction = CreateMessageOutputDataDirection(d.pop("direction"))

        def _parse_content(data: object) -> Html | Markdown | Text | Unset:
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                type_tag = data.get("_type")
                if type_tag == "Html":
                    componentsschemas_content_type_0 = Html.from_dict(data)

                    return componentsschemas_content_type_0
                if type_tag == "Markdown":
                    componentsschemas_content_type_1 = Markdown.from_dict(data)

                    return componentsschemas_content_type_1
                if type_tag == "Text":
                    componentsschemas_content_type_2 = Text.from_dict(data)

                    return componentsschemas_content_type_2
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_content_type_0 = Html.from_dict(data)

                return componentsschemas_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_content_type_1 = Markdown.from_dict(data)

                return componentsschemas_content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_content_type_2 = Text.from_dict(data)

            return componentsschemas_content_type_2

        content = _parse_content(d.pop("content", UNSET))

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        external_id = d.pop("externalId", UNSET)

        message_id = d.pop("messageId", UNSET)

        create_message_output_data = cls(
            author_id=author_id,
            direction=direction,
            content=content,
            created_at=created_at,
            external_id=external_id,
            message_id=message_id,
        )

        create_message_output_data.additional_properties = d
        return create_message_output_data

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
