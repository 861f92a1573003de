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

from ..models.generic_attributes_direction import GenericAttributesDirection
from ..models.generic_attributes_type import GenericAttributesType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file import File
    from ..models.html import Html
    from ..models.markdown import Markdown
    from ..models.text import Text


T = TypeVar("T", bound="GenericAttributes")


@_attrs_define
class GenericAttributes:
    """
    Attributes:
        type_ (GenericAttributesType): Variant tag; always `GenericAttributes`. Default:
            GenericAttributesType.GENERICATTRIBUTES.
        attachments (list[File] | Unset):
        content (Html | Markdown | Text | Unset): One of several variants, told apart by `_type`.
        direction (GenericAttributesDirection | Unset):
    """

    type_: GenericAttributesType = GenericAttributesType.GENERICATTRIBUTES
    attachments: list[File] | Unset = UNSET
    content: Html | Markdown | Text | Unset = UNSET
    direction: GenericAttributesDirection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "attachments": "attachments",
        "content": "content",
        "direction": "direction",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.html import Html  # noqa: PLC0415
        from ..models.markdown import Markdown  # noqa: PLC0415

        type_ = self.type_.value

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        content: dict[str, Any] | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, Html):
            content = self.content.to_dict()
        elif isinstance(self.content, Markdown):
            content = self.content.to_dict()
        else:
            content = self.content.to_dict()

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
            }
        )
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if content is not UNSET:
            field_dict["content"] = content
        if direction is not UNSET:
            field_dict["direction"] = direction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file import File  # noqa: PLC0415
        from ..models.html import Html  # noqa: PLC0415
        from ..models.markdown import Markdown  # noqa: PLC0415
        from ..models.text import Text  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = GenericAttributesType(d.pop("_type"))

        _attachments = d.pop("attachments", UNSET)
        attachments: list[File] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = File.from_dict(attachments_item_data)

                attachments.append(attachments_item)

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

        _direction = d.pop("direction", UNSET)
        direction: GenericAttributesDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = GenericAttributesDirection(_direction)

        generic_attributes = cls(
            type_=type_,
            attachments=attachments,
            content=content,
            direction=direction,
        )

        generic_attributes.additional_properties = d
        return generic_attributes

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
