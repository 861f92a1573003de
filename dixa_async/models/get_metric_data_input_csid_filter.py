from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_metric_data_input_csid_filter_aggregations_item import (
    GetMetricDataInputCsidFilterAggregationsItem,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_ import Filter


T = TypeVar("T", bound="GetMetricDataInputCsidFilter")


@_attrs_define
class GetMetricDataInputCsidFilter:
    """
    Attributes:
        id (str):
        timezone (str):
        aggregations (list[GetMetricDataInputCsidFilterAggregationsItem] | Unset):
        csid_filter (list[int] | Unset):
        filters (list[Filter] | Unset):
    """

    id: str
    timezone: str
    aggregations: list[GetMetricDataInputCsidFilterAggregationsItem] | Unset = UNSET
    csid_filter: list[int] | Unset = UNSET
    filters: list[Filter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "timezone": "timezone",
        "aggregations": "aggregations",
        "csid_filter": "csidFilter",
        "filters": "filters",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        timezone = self.timezone

        aggregations: list[str] | Unset = UNSET
        if not isinstance(self.aggregations, Unset):
            aggregations = []
            for aggregations_item_data in self.aggregations:
                aggregations_item = aggregations_item_data.value
                aggregations.append(aggregations_item)

        csid_filter: list[int] | Unset = UNSET
        if not isinstance(self.csid_filter, Unset):
            csid_filter = self.csid_filter

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
                "timezone": timezone,
            }
        )
        if aggregations is not UNSET:
            field_dict["aggregations"] = aggregations
        if csid_filter is not UNSET:
            field_dict["csidFilter"] = csid_filter
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.filter_ import Filter  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        id = d.pop("id")

        timezone = d.pop("timezone")

        _aggregations = d.pop("aggregations", UNSET)
        aggregations: list[GetMetricDataInputCsidFilterAggregationsItem] | Unset = UNSET
        if _aggregations is not UNSET:
            aggregations = []
            for aggregations_item_data in _aggregations:
                aggregations_item = GetMetricDataInputCsidFilterAggregationsItem(
                    aggregations_item_data
                )

                aggregations.append(aggregations_item)

        csid_filter = cast(list[int], d.pop("csidFilter", UNSET))

        _filters = d.pop("filters", UNSET)
        filters: list[Filter] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = Filter.from_dict(filters_item_data)

                filters.append(filters_item)

        get_metric_data_input_csid_filter = cls(
            id=id,
            timezone=timezone,
            aggregations=aggregations,
            csid_filter=csid_filter,
            filters=filters,
        )

        get_metric_data_input_csid_filter.additional_properties = d
        return get_metric_data_input_csid_filter

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
