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

from ..models.transcript_attributes_direction import TranscriptAttributesDirection
from ..models.transcript_attributes_type import TranscriptAttributesType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.html import Html
    from ..models.markdown import Markdown
    from ..models.text import Text


T = TypeVar("T", bound="TranscriptAttributes")


@_attrs_define
class TranscriptAttributes:
    """
    Attributes:
        type_ (TranscriptAttributesType): Variant tag; always `TranscriptAttributes`. Default:
            TranscriptAttributesType.TRANSCRIPTATTRIBUTES.
        content (Html | Markdown | Text | Unset): One of several variants, told apart by `_type`.
        direction (TranscriptAttributesDirection | Unset):
        utterance_end_ms (int | Unset):
        utterance_start_ms (int | Unset):
    """

    type_: TranscriptAttributesType = TranscriptAttributesType.TRANSCRIPTATTRIBUTES
    content: Html | Markdown | Text | Unset = UNSET
    direction: TranscriptAttributesDirection | Unset = UNSET
    utterance_end_ms: int | Unset = UNSET
    utterance_start_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "content": "content",
        "direction": "direction",
        "utterance_end_ms": "utterance_end_ms",
        "utterance_start_ms": "utterance_start_ms",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.html import Html  # noqa: PLC0415
        from ..models.markdown import Markdown  # noqa: PLC0415

        type_ = self.type_.value

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

        utterance_end_ms = self.utterance_end_ms

        utterance_start_ms = self.utterance_start_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if direction is not UNSET:
            field_dict["direction"] = direction
        if utterance_end_ms is not UNSET:
            field_dict["utterance_end_ms"] = utterance_end_ms
        if utterance_start_ms is not UNSET:
            field_dict["utterance_start_ms"] = utterance_start_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.html import Html  # noqa: PLC0415
        from ..models.markdown import Markdown  # noqa: PLC0415
        from ..models.text import Text  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = TranscriptAttributesType(d.pop("_type"))

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
        direction: TranscriptAttributesDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = TranscriptAttributesDirection(_direction)

        utterance_end_ms = d.pop("utterance_end_ms", UNSET)

        utterance_start_ms = d.pop("utterance_start_ms", UNSET)

        transcript_attributes = cls(
            type_=type_,
            content=content,
            direction=direction,
            utterance_end_ms=utterance_end_ms,
            utterance_start_ms=utterance_start_ms,
        )

        transcript_attributes.additional_properties = d
        return transcript_attributes

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
