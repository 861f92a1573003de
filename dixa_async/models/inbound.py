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

from ..models.inbound_type import InboundType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file import File
    from ..models.html import Html
    from ..models.markdown import Markdown
    from ..models.text import Text


T = TypeVar("T", bound="Inbound")


@_attrs_define
class Inbound:
    """
    Attributes:
        type_ (InboundType): Variant tag; always `Inbound`. Default: InboundType.INBOUND.
        content (Html | Markdown | Text): One of several variants, told apart by `_type`.
        attachments (list[File] | Unset):
        external_id (str | Unset):
        integration_email (str | Unset):
    """

    content: Html | Markdown | Text
    type_: InboundType = InboundType.INBOUND
    attachments: list[File] | Unset = UNSET
    external_id: str | Unset = UNSET
    integration_email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "content": "content",
        "attachments": "attachments",
        "external_id": "externalId",
        "integration_email": "integrationEmail",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.html import Html  # noqa: PLC0415
        from ..models.markdown import Markdown  # noqa: PLC0415

        type_ = self.type_.value

        content: dict[str, Any]
        if isinstance(self.content, Html):
            content = self.content.to_dict()
        elif isinstance(self.content, Markdown):
            content = self.content.to_dict()
        else:
            content = self.content.to_dict()

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        external_id = self.external_id

        integration_email = self.integration_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "content": content,
            }
        )
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if integration_email is not UNSET:
            field_dict["integrationEmail"] = integration_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file import File  # noqa: PLC0415
        from ..models.html import Html  # noqa: PLC0415
        from ..models.markdown import Markdown  # noqa: PLC0415
        from ..models.text import Text  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = InboundType(d.pop("_type"))

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

        _attachments = d.pop("attachments", UNSET)
        attachments: list[File] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = File.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        external_id = d.pop("externalId", UNSET)

        integration_email = d.pop("integrationEmail", UNSET)

        inbound = cls(
            type_=type_,
            content=content,
            attachments=attachments,
            external_id=external_id,
            integration_email=integration_email,
        )

        inbound.additional_properties = d
        return inbound

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
