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

if TYPE_CHECKING:
    from ..models.checksum import Checksum
    from ..models.mime_type_impl import MimeTypeImpl


T = TypeVar("T", bound="FileMeta")


@_attrs_define
class FileMeta:
    """
    Attributes:
        bytes_length (int):
        checksum (Checksum):
        media_type (MimeTypeImpl):
        name (str):
        url (str):
    """

    bytes_length: int
    checksum: Checksum
    media_type: MimeTypeImpl
    name: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "bytes_length": "bytesLength",
        "checksum": "checksum",
        "media_type": "mediaType",
        "name": "name",
        "url": "url",
    }

    def to_dict(self) -> dict[str, Any]:
        bytes_length = self.bytes_length

        checksum = self.checksum.to_dict()

        media_type = self.media_type.to_dict()

        name = self.name

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bytesLength": bytes_length,
                "checksum": checksum,
                "mediaType": media_type,
                "name": name,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checksum import Checksum  # noqa: PLC0415
        from ..models.mime_type_impl import MimeTypeImpl  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        bytes_length = d.pop("bytesLength")

        checksum = Checksum.from_dict(d.pop("checksum"))

        media_type = MimeTypeImpl.from_dict(d.pop("mediaType"))

        name = d.pop("name")

        url = d.pop("url")

        file_meta = cls(
            bytes_length=bytes_length,
            checksum=checksum,
            media_type=media_type,
            name=name,
            url=url,
        )

        file_meta.additional_properties = d
        return file_meta

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
