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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aggregate_metadata import AggregateMetadata
    from ..models.filter_metadata import FilterMetadata


T = TypeVar("T", bound="MetricMetadata")


@_attrs_define
class MetricMetadata:
    """
    Attributes:
        id (str):
        aggregations (list[AggregateMetadata] | Unset):
        description (str | Unset):
        filters (list[FilterMetadata] | Unset):
        related_record_ids (list[str] | Unset):
    """

    id: str
    aggregations: list[AggregateMetadata] | Unset = UNSET
    description: str | Unset = UNSET
    filters: list[FilterMetadata] | Unset = UNSET
    related_record_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "aggregations": "aggregations",
        "description": "description",
        "filters": "filters",
        "related_record_ids": "relatedRecordIds",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        aggregations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.aggregations, Unset):
            aggregations = []
            for aggregations_item_data in self.aggregations:
                aggregations_item = aggregations_item_data.to_dict()
                aggregations.append(aggregations_item)

        description = self.description

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        related_record_ids: list[str] | Unset = UNSET
        if not isinstance(self.related_record_ids, Unset):
            related_record_ids = self.related_record_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if aggregations is not UNSET:
            field_dict["aggregations"] = aggregations
        if description is not UNSET:
            field_dict["description"] = description
        if filters is not UNSET:
            field_dict["filters"] = filters
        if related_record_ids is not UNSET:
            field_dict["relatedRecordIds"] = related_record_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aggregate_metadata import AggregateMetadata  # noqa: PLC0415
        from ..models.filter_metadata import FilterMetadata  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        id = d.pop("id")

        _aggregations = d.pop("aggregations", UNSET)
        aggregations: list[AggregateMetadata] | Unset = UNSET
        if _aggregations is not UNSET:
            aggregations = []
            for aggregations_item_data in _aggregations:
                aggregations_item = AggregateMetadata.from_dict(aggregations_item_data)

                aggregations.append(aggregations_item)

        description = d.pop("description", UNSET)

        _filters = d.pop("filters", UNSET)
        filters: list[FilterMetadata] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = FilterMetadata.from_dict(filters_item_data)

                filters.append(filters_item)

        related_record_ids = cast(list[str], d.pop("relatedRecordIds", UNSET))

        metric_metadata = cls(
            id=id,
            aggregations=aggregations,
            description=description,
            filters=filters,
            related_record_ids=related_record_ids,
        )

        metric_metadata.additional_properties = d
        return metric_metadata

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
