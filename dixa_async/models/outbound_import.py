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

from ..models.outbound_import_type import OutboundImportType
from ..types import UNSET, Unset, format_datetime, parse_datetime

if TYPE_CHECKING:
    from ..models.file import File
    from ..models.html import Html
    from ..models.markdown import Markdown
    from ..models.text import Text


T = TypeVar("T", bound="OutboundImport")


@_attrs_define
class OutboundImport:
    """
    Attributes:
        type_ (OutboundImportType): Variant tag; always `OutboundImport`. Default: OutboundImportType.OUTBOUNDIMPORT.
        agent_id (str): UUID. Kept as a plain string: Dixa's own examples contain ids that are not valid UUIDs.
        content (Html | Markdown | Text): One of several variants, told apart by `_type`.
        created_at (datetime.datetime):
        attachments (list[File] | Unset):
        attributes (Any | Unset):
        external_id (str | Unset):
    """

    agent_id: str
    content: Html | Markdown | Text
    created_at: datetime.datetime
    type_: OutboundImportType = OutboundImportType.OUTBOUNDIMPORT
    attachments: list[File] | Unset = UNSET
    attributes: Any | Unset = UNSET
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "agent_id": "agentId",
        "content": "content",
        "created_at": "createdAt",
        "attachments": "attachments",
        "attributes": "attributes",
        "external_id": "externalId",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.html import Html  # noqa: PLC0415
        from ..models.markdown import Markdown  # noqa: PLC0415

        type_ = self.type_.value

        agent_id = self.agent_id

        content: dict[str, Any]
        if isinstance(self.content, Html):
            content = self.content.to_dict()
        elif isinstance(self.content, Markdown):
            content = self.content.to_dict()
        else:
            content = self.content.to_dict()

        created_at = format_datetime(self.created_at)

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        attributes = self.attributes

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "agentId": agent_id,
                "content": content,
                "createdAt": created_at,
            }
        )
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file import File  # noqa: PLC0415
        from ..models.html import Html  # noqa: PLC0415
        from ..models.markdown import Markdown  # noqa: PLC0415
        from ..models.text import Text  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = OutboundImportType(d.pop("_type"))

        agent_id = d.pop("agentId")

        def _parse_content(data: object) -> Html | Markdown | Text:
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

        content = _parse_content(d.pop("content"))

        created_at = parse_datetime(d.pop("createdAt"))

        _attachments = d.pop("attachments", UNSET)
        attachments: list[File] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = File.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        attributes = d.pop("attributes", UNSET)

        external_id = d.pop("externalId", UNSET)

        outbound_import = cls(
            type_=type_,
            agent_id=agent_id,
            content=content,
            created_at=created_at,
            attachments=attachments,
            attributes=attributes,
            external_id=external_id,
        )

        outbound_import.additional_properties = d
        return outbound_import

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
