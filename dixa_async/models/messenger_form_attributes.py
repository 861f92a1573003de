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

from ..models.messenger_form_attributes_direction import (
    MessengerFormAttributesDirection,
)
from ..models.messenger_form_attributes_type import MessengerFormAttributesType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.form_submission import FormSubmission
    from ..models.html import Html
    from ..models.markdown import Markdown
    from ..models.text import Text


T = TypeVar("T", bound="MessengerFormAttributes")


@_attrs_define
class MessengerFormAttributes:
    """
    Attributes:
        type_ (MessengerFormAttributesType): Variant tag; always `MessengerFormAttributes`. Default:
            MessengerFormAttributesType.MESSENGERFORMATTRIBUTES.
        form_submission (FormSubmission):
        content (Html | Markdown | Text | Unset): One of several variants, told apart by `_type`.
        direction (MessengerFormAttributesDirection | Unset):
    """

    form_submission: FormSubmission
    type_: MessengerFormAttributesType = (
        MessengerFormAttributesType.MESSENGERFORMATTRIBUTES
    )
    content: Html | Markdown | Text | Unset = UNSET
    direction: MessengerFormAttributesDirection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "form_submission": "formSubmission",
        "content": "content",
        "direction": "direction",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.html import Html  # noqa: PLC0415
        from ..models.markdown import Markdown  # noqa: PLC0415

        type_ = self.type_.value

        form_submission = self.form_submission.to_dict()

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
                "formSubmission": form_submission,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if direction is not UNSET:
            field_dict["direction"] = direction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.form_submission import FormSubmission  # noqa: PLC0415
        from ..models.html import Html  # noqa: PLC0415
        from ..models.markdown import Markdown  # noqa: PLC0415
        from ..models.text import Text  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = MessengerFormAttributesType(d.pop("_type"))

        form_submission = FormSubmission.from_dict(d.pop("formSubmission"))

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
        direction: MessengerFormAttributesDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = MessengerFormAttributesDirection(_direction)

        messenger_form_attributes = cls(
            type_=type_,
            form_submission=form_submission,
            content=content,
            direction=direction,
        )

        messenger_form_attributes.additional_properties = d
        return messenger_form_attributes

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
