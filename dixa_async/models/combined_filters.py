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

from ..models.combined_filters_strategy import CombinedFiltersStrategy
from ..models.combined_filters_type import CombinedFiltersType

if TYPE_CHECKING:
    from ..models.analytics_field_in import AnalyticsFieldIn
    from ..models.analytics_field_not_in import AnalyticsFieldNotIn


T = TypeVar("T", bound="CombinedFilters")


@_attrs_define
class CombinedFilters:
    """
    Attributes:
        type_ (CombinedFiltersType): Variant tag; always `CombinedFilters`. Default:
            CombinedFiltersType.COMBINEDFILTERS.
        conditions (list[AnalyticsFieldIn | AnalyticsFieldNotIn]):
        strategy (CombinedFiltersStrategy):
    """

    conditions: list[AnalyticsFieldIn | AnalyticsFieldNotIn]
    strategy: CombinedFiltersStrategy
    type_: CombinedFiltersType = CombinedFiltersType.COMBINEDFILTERS
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "conditions": "conditions",
        "strategy": "strategy",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.analytics_field_not_in import AnalyticsFieldNotIn  # noqa: PLC0415

        type_ = self.type_.value

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item: dict[str, Any]
            if isinstance(conditions_item_data, AnalyticsFieldNotIn):
                conditions_item = conditions_item_data.to_dict()
            else:
                conditions_item = conditions_item_data.to_dict()

            conditions.append(conditions_item)

        strategy = self.strategy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "conditions": conditions,
                "strategy": strategy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_field_in import AnalyticsFieldIn  # noqa: PLC0415
        from ..models.analytics_field_not_in import AnalyticsFieldNotIn  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = CombinedFiltersType(d.pop("_type"))

        conditions = []
        _conditions = d.pop("conditions")
        for conditions_item_data in _conditions:

            def _parse_conditions_item(
                data: object,
            ) -> AnalyticsFieldIn | AnalyticsFieldNotIn:
                if isinstance(data, dict):
                    type_tag = data.get("_type")
                    if type_tag == "IsNotOneOf":
                        componentsschemas_condition_1_type_0 = (
                            AnalyticsFieldNotIn.from_dict(data)
                        )

                        return componentsschemas_condition_1_type_0
                    if type_tag == "IsOneOf":
                        componentsschemas_condition_1_type_1 = (
                            AnalyticsFieldIn.from_dict(data)
                        )

                        return componentsschemas_condition_1_type_1
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_condition_1_type_0 = (
                        AnalyticsFieldNotIn.from_dict(data)
                    )

                    return componentsschemas_condition_1_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_condition_1_type_1 = AnalyticsFieldIn.from_dict(data)

                return componentsschemas_condition_1_type_1

            conditions_item = _parse_conditions_item(conditions_item_data)

            conditions.append(conditions_item)

        strategy = CombinedFiltersStrategy(d.pop("strategy"))

        combined_filters = cls(
            type_=type_,
            conditions=conditions,
            strategy=strategy,
        )

        combined_filters.additional_properties = d
        return combined_filters

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
