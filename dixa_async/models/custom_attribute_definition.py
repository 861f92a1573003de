from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_attribute_definition_entity_type import (
    CustomAttributeDefinitionEntityType,
)
from ..types import UNSET, Unset, format_datetime, parse_datetime

if TYPE_CHECKING:
    from ..models.select_1 import Select1
    from ..models.text_2 import Text2


T = TypeVar("T", bound="CustomAttributeDefinition")


@_attrs_define
class CustomAttributeDefinition:
    """
    Attributes:
        created_at (datetime.datetime):
        entity_type (CustomAttributeDefinitionEntityType):
        id (str): UUID. Kept as a plain string: Dixa's own examples contain ids that are not valid UUIDs.
        identifier (str):
        input_definition (Select1 | Text2): One of several variants, told apart by `_type`.
        is_archived (bool):
        is_deactivated (bool):
        is_required (bool):
        label (str):
        description (str | Unset):
        updated_at (datetime.datetime | Unset):
    """

    created_at: datetime.datetime
    entity_type: CustomAttributeDefinitionEntityType
    id: str
    identifier: str
    input_definition: Select1 | Text2
    is_archived: bool
    is_deactivated: bool
    is_required: bool
    label: str
    description: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "created_at": "createdAt",
        "entity_type": "entityType",
        "id": "id",
        "identifier": "identifier",
        "input_definition": "inputDefinition",
        "is_archived": "isArchived",
        "is_deactivated": "isDeactivated",
        "is_required": "isRequired",
        "label": "label",
        "description": "description",
        "updated_at": "updatedAt",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.select_1 import Select1  # noqa: PLC0415

        created_at = format_datetime(self.created_at)

        entity_type = self.entity_type.value

        id = self.id

        identifier = self.identifier

        input_definition: dict[str, Any]
        if isinstance(self.input_definition, Select1):
            input_definition = self.input_definition.to_dict()
        else:
            input_definition = self.input_definition.to_dict()

        is_archived = self.is_archived

        is_deactivated = self.is_deactivated

        is_required = self.is_required

        label = self.label

        description = self.description

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = format_datetime(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "entityType": entity_type,
                "id": id,
                "identifier": identifier,
                "inputDefinition": input_definition,
                "isArchived": is_archived,
                "isDeactivated": is_deactivated,
                "isRequired": is_required,
                "label": label,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.select_1 import Select1  # noqa: PLC0415
        from ..models.text_2 import Text2  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        created_at = parse_datetime(d.pop("createdAt"))

        entity_type = CustomAttributeDefinitionEntityType(d.pop("entityType"))

        id = d.pop("id")

        identifier = d.pop("identifier")

        def _parse_input_definition(data: object) -> Select1 | Text2:
            if isinstance(data, dict):
                type_tag = data.get("_type")
                if type_tag == "Select":
                    componentsschemas_custom_attribute_input_definition_type_0 = (
                        Select1.from_dict(data)
                    )

                    return componentsschemas_custom_attribute_input_definition_type_0
                if type_tag == "Text":
                    componentsschemas_custom_attribute_input_definition_type_1 = (
                        Text2.from_dict(data)
                    )

                    return componentsschemas_custom_attribute_input_definition_type_1
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_custom_attribute_input_definition_type_0 = (
                    Select1.from_dict(data)
                )

                return componentsschemas_custom_attribute_input_definition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_custom_attribute_input_definition_type_1 = (
                Text2.from_dict(data)
            )

            return componentsschemas_custom_attribute_input_definition_type_1

        input_definition = _parse_input_definition(d.pop("inputDefinition"))

        is_archived = d.pop("isArchived")

        is_deactivated = d.pop("isDeactivated")

        is_required = d.pop("isRequired")

        label = d.pop("label")

        description = d.pop("description", UNSET)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        custom_attribute_definition = cls(
            created_at=created_at,
            entity_type=entity_type,
            id=id,
            identifier=identifier,
            input_definition=input_definition,
            is_archived=is_archived,
            is_deactivated=is_deactivated,
            is_required=is_required,
            label=label,
            description=description,
            updated_at=updated_at,
        )

        custom_attribute_definition.additional_properties = d
        return custom_attribute_definition

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
