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

from ..models.get_metric_data_input_period_filter_aggregations_item import (
    GetMetricDataInputPeriodFilterAggregationsItem,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_ import Filter
    from ..models.interval import Interval
    from ..models.preset import Preset


T = TypeVar("T", bound="GetMetricDataInputPeriodFilter")


@_attrs_define
class GetMetricDataInputPeriodFilter:
    """
    Attributes:
        id (str):
        period_filter (Interval | Preset): One of several variants, told apart by `_type`.
        timezone (str):
        aggregations (list[GetMetricDataInputPeriodFilterAggregationsItem] | Unset):
        filters (list[Filter] | Unset):
    """

    id: str
    period_filter: Interval | Preset
    timezone: str
    aggregations: list[GetMetricDataInputPeriodFilterAggregationsItem] | Unset = UNSET
    filters: list[Filter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "period_filter": "periodFilter",
        "timezone": "timezone",
        "aggregations": "aggregations",
        "filters": "filters",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.interval import Interval  # noqa: PLC0415

        id = self.id

        period_filter: dict[str, Any]
        if isinstance(self.period_filter, Interval):
            period_filter = self.period_filter.to_dict()
        else:
            period_filter = self.period_filter.to_dict()

        timezone = self.timezone

        aggregations: list[str] | Unset = UNSET
        if not isinstance(self.aggregations, Unset):
            aggregations = []
            for aggregations_item_data in self.aggregations:
                aggregations_item = aggregations_item_data.value
                aggregations.append(aggregations_item)

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "periodFilter": period_filter,
                "timezone": timezone,
            }
        )
        if aggregations is not UNSET:
            field_dict["aggregations"] = aggregations
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.filter_ import Filter  # noqa: PLC0415
        from ..models.interval import Interval  # noqa: PLC0415
        from ..models.preset import Preset  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        id = d.pop("id")

        def _parse_period_filter(data: object) -> Interval | Preset:
            if isinstance(data, dict):
                type_tag = data.get("_type")
                if type_tag == "Interval":
                    componentsschemas_period_filter_type_0 = Interval.from_dict(data)

                    return componentsschemas_period_filter_type_0
                if type_tag == "Preset":
                    componentsschemas_period_filter_type_1 = Preset.from_dict(data)

                    return componentsschemas_period_filter_type_1
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_period_filter_type_0 = Interval.from_dict(data)

                return componentsschemas_period_filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_period_filter_type_1 = Preset.from_dict(data)

            return componentsschemas_period_filter_type_1

        period_filter = _parse_period_filter(d.pop("periodFilter"))

        timezone = d.pop("timezone")

        _aggregations = d.pop("aggregations", UNSET)
        aggregations: list[GetMetricDataInputPeriodFilterAggregationsItem] | Unset = (
            UNSET
        )
        if _aggregations is not UNSET:
            aggregations = []
            for aggregations_item_data in _aggregations:
                aggregations_item = GetMetricDataInputPeriodFilterAggregationsItem(
                    aggregations_item_data
                )

                aggregations.append(aggregations_item)

        _filters = d.pop("filters", UNSET)
        filters: list[Filter] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = Filter.from_dict(filters_item_data)

                filters.append(filters_item)

        get_metric_data_input_period_filter = cls(
            id=id,
            period_filter=period_filter,
            timezone=timezone,
            aggregations=aggregations,
            filters=filters,
        )

        get_metric_data_input_period_filter.additional_properties = d
        return get_metric_data_input_period_filter

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
