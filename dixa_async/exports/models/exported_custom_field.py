from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportedCustomField")


@_attrs_define
class ExportedCustomField:
    """A custom attribute value of a conversation.

    Attributes:
        attribute_id (str | Unset):
        identifier (str | Unset):
        data_type (str | Unset):
        archived (bool | Unset):
        value (Any | Unset): The value as Dixa sends it (a string, a list of strings or another JSON value).
    """

    attribute_id: str | Unset = UNSET
    identifier: str | Unset = UNSET
    data_type: str | Unset = UNSET
    archived: bool | Unset = UNSET
    value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "attribute_id": "attribute_id",
        "identifier": "identifier",
        "data_type": "data_type",
        "archived": "archived",
        "value": "value",
    }

    def to_dict(self) -> dict[str, Any]:
        attribute_id = self.attribute_id

        identifier = self.identifier

        data_type = self.data_type

        archived = self.archived

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribute_id is not UNSET:
            field_dict["attribute_id"] = attribute_id
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if archived is not UNSET:
            field_dict["archived"] = archived
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        attribute_id = d.pop("attribute_id", UNSET)

        identifier = d.pop("identifier", UNSET)

        data_type = d.pop("data_type", UNSET)

        archived = d.pop("archived", UNSET)

        value = d.pop("value", UNSET)

        exported_custom_field = cls(
            attribute_id=attribute_id,
            identifier=identifier,
            data_type=data_type,
            archived=archived,
            value=value,
        )

        exported_custom_field.additional_properties = d
        return exported_custom_field

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
