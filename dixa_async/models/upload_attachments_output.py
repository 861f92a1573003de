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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_error import AttachmentError
    from ..models.attachment_result import AttachmentResult


T = TypeVar("T", bound="UploadAttachmentsOutput")


@_attrs_define
class UploadAttachmentsOutput:
    """
    Attributes:
        data (list[AttachmentResult] | Unset):
        partial_errors (list[AttachmentError] | Unset):
    """

    data: list[AttachmentResult] | Unset = UNSET
    partial_errors: list[AttachmentError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "data": "data",
        "partial_errors": "partialErrors",
    }

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        partial_errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.partial_errors, Unset):
            partial_errors = []
            for partial_errors_item_data in self.partial_errors:
                partial_errors_item = partial_errors_item_data.to_dict()
                partial_errors.append(partial_errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if partial_errors is not UNSET:
            field_dict["partialErrors"] = partial_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment_error import AttachmentError  # noqa: PLC0415
        from ..models.attachment_result import AttachmentResult  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        _data = d.pop("data", UNSET)
        data: list[AttachmentResult] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = AttachmentResult.from_dict(data_item_data)

                data.append(data_item)

        _partial_errors = d.pop("partialErrors", UNSET)
        partial_errors: list[AttachmentError] | Unset = UNSET
        if _partial_errors is not UNSET:
            partial_errors = []
            for partial_errors_item_data in _partial_errors:
                partial_errors_item = AttachmentError.from_dict(
                    partial_errors_item_data
                )

                partial_errors.append(partial_errors_item)

        upload_attachments_output = cls(
            data=data,
            partial_errors=partial_errors,
        )

        upload_attachments_output.additional_properties = d
        return upload_attachments_output

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
