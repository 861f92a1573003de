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

from ..models.agent_presence_duration_value_type import AgentPresenceDurationValueType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.presence_duration import PresenceDuration


T = TypeVar("T", bound="AgentPresenceDurationValue")


@_attrs_define
class AgentPresenceDurationValue:
    """
    Attributes:
        type_ (AgentPresenceDurationValueType): Variant tag; always `AgentPresenceDurationValue`. Default:
            AgentPresenceDurationValueType.AGENTPRESENCEDURATIONVALUE.
        description (str | Unset):
        value (list[PresenceDuration] | Unset):
    """

    type_: AgentPresenceDurationValueType = (
        AgentPresenceDurationValueType.AGENTPRESENCEDURATIONVALUE
    )
    description: str | Unset = UNSET
    value: list[PresenceDuration] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "description": "description",
        "value": "value",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        description = self.description

        value: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = []
            for value_item_data in self.value:
                value_item = value_item_data.to_dict()
                value.append(value_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.presence_duration import PresenceDuration  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = AgentPresenceDurationValueType(d.pop("_type"))

        description = d.pop("description", UNSET)

        _value = d.pop("value", UNSET)
        value: list[PresenceDuration] | Unset = UNSET
        if _value is not UNSET:
            value = []
            for value_item_data in _value:
                value_item = PresenceDuration.from_dict(value_item_data)

                value.append(value_item)

        agent_presence_duration_value = cls(
            type_=type_,
            description=description,
            value=value,
        )

        agent_presence_duration_value.additional_properties = d
        return agent_presence_duration_value

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
