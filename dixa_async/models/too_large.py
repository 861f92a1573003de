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

from ..models.too_large_type import TooLargeType

if TYPE_CHECKING:
    from ..models.file import File


T = TypeVar("T", bound="TooLarge")


@_attrs_define
class TooLarge:
    """
    Attributes:
        type_ (TooLargeType): Variant tag; always `TooLarge`. Default: TooLargeType.TOOLARGE.
        file (File):
    """

    file: File
    type_: TooLargeType = TooLargeType.TOOLARGE
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "file": "file",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        file = self.file.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "file": file,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file import File  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = TooLargeType(d.pop("_type"))

        file = File.from_dict(d.pop("file"))

        too_large = cls(
            type_=type_,
            file=file,
        )

        too_large.additional_properties = d
        return too_large

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
