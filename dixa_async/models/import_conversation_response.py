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
    from ..models.partial_error import PartialError


T = TypeVar("T", bound="ImportConversationResponse")


@_attrs_define
class ImportConversationResponse:
    """
    Attributes:
        id (int):
        partial_errors (list[PartialError] | Unset):
    """

    id: int
    partial_errors: list[PartialError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "partial_errors": "partialErrors",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        partial_errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.partial_errors, Unset):
            partial_errors = []
            for partial_errors_item_data in self.partial_errors:
                partial_errors_item = partial_errors_item_data.to_dict()
                partial_errors.append(partial_errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if partial_errors is not UNSET:
            field_dict["partialErrors"] = partial_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partial_error import PartialError  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        id = d.pop("id")

        _partial_errors = d.pop("partialErrors", UNSET)
        partial_errors: list[PartialError] | Unset = UNSET
        if _partial_errors is not UNSET:
            partial_errors = []
            for partial_errors_item_data in _partial_errors:
                partial_errors_item = PartialError.from_dict(partial_errors_item_data)

                partial_errors.append(partial_errors_item)

        import_conversation_response = cls(
            id=id,
            partial_errors=partial_errors,
        )

        import_conversation_response.additional_properties = d
        return import_conversation_response

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
