from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AttachmentError")


@_attrs_define
class AttachmentError:
    """
    Attributes:
        code (int):
        message (str):
        original_filename (str):
    """

    code: int
    message: str
    original_filename: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "code": "code",
        "message": "message",
        "original_filename": "originalFilename",
    }

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        original_filename = self.original_filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "originalFilename": original_filename,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        code = d.pop("code")

        message = d.pop("message")

        original_filename = d.pop("originalFilename")

        attachment_error = cls(
            code=code,
            message=message,
            original_filename=original_filename,
        )

        attachment_error.additional_properties = d
        return attachment_error

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
