from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anonymize_entity_input_type import AnonymizeEntityInputType
from ..models.deprecated_anonymization_type import DeprecatedAnonymizationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnonymizeEntityInput")


@_attrs_define
class AnonymizeEntityInput:
    """
    Attributes:
        entity_id (str):
        type_ (AnonymizeEntityInputType | Unset):
        entity_type (DeprecatedAnonymizationType | Unset):
        force_anonymization (bool | Unset):
    """

    entity_id: str
    type_: AnonymizeEntityInputType | Unset = UNSET
    entity_type: DeprecatedAnonymizationType | Unset = UNSET
    force_anonymization: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "entity_id": "entityId",
        "type_": "_type",
        "entity_type": "entityType",
        "force_anonymization": "forceAnonymization",
    }

    def to_dict(self) -> dict[str, Any]:
        entity_id = self.entity_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        entity_type: str | Unset = UNSET
        if not isinstance(self.entity_type, Unset):
            entity_type = self.entity_type.value

        force_anonymization = self.force_anonymization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entityId": entity_id,
            }
        )
        if type_ is not UNSET:
            field_dict["_type"] = type_
        if entity_type is not UNSET:
            field_dict["entityType"] = entity_type
        if force_anonymization is not UNSET:
            field_dict["forceAnonymization"] = force_anonymization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        entity_id = d.pop("entityId")

        _type_ = d.pop("_type", UNSET)
        type_: AnonymizeEntityInputType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AnonymizeEntityInputType(_type_)

        _entity_type = d.pop("entityType", UNSET)
        entity_type: DeprecatedAnonymizationType | Unset
        if isinstance(_entity_type, Unset):
            entity_type = UNSET
        else:
            entity_type = DeprecatedAnonymizationType(_entity_type)

        force_anonymization = d.pop("forceAnonymization", UNSET)

        anonymize_entity_input = cls(
            entity_id=entity_id,
            type_=type_,
            entity_type=entity_type,
            force_anonymization=force_anonymization,
        )

        anonymize_entity_input.additional_properties = d
        return anonymize_entity_input

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
