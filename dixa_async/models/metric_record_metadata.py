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
    from ..models.field_metadata import FieldMetadata
    from ..models.filter_metadata import FilterMetadata


T = TypeVar("T", bound="MetricRecordMetadata")


@_attrs_define
class MetricRecordMetadata:
    """
    Attributes:
        description (str):
        id (str):
        fields_metadata (list[FieldMetadata] | Unset):
        filters (list[FilterMetadata] | Unset):
        related_metric_ids (list[str] | Unset):
    """

    description: str
    id: str
    fields_metadata: list[FieldMetadata] | Unset = UNSET
    filters: list[FilterMetadata] | Unset = UNSET
    related_metric_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "description": "description",
        "id": "id",
        "fields_metadata": "fieldsMetadata",
        "filters": "filters",
        "related_metric_ids": "relatedMetricIds",
    }

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        id = self.id

        fields_metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields_metadata, Unset):
            fields_metadata = []
            for fields_metadata_item_data in self.fields_metadata:
                fields_metadata_item = fields_metadata_item_data.to_dict()
                fields_metadata.append(fields_metadata_item)

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        related_metric_ids: list[str] | Unset = UNSET
        if not isinstance(self.related_metric_ids, Unset):
            related_metric_ids = self.related_metric_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
            }
        )
        if fields_metadata is not UNSET:
            field_dict["fieldsMetadata"] = fields_metadata
        if filters is not UNSET:
            field_dict["filters"] = filters
        if related_metric_ids is not UNSET:
            field_dict["relatedMetricIds"] = related_metric_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_metadata import FieldMetadata  # noqa: PLC0415
        from ..models.filter_metadata import FilterMetadata  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        description = d.pop("description")

        id = d.pop("id")

        _fields_metadata = d.pop("fieldsMetadata", UNSET)
        fields_metadata: list[FieldMetadata] | Unset = UNSET
        if _fields_metadata is not UNSET:
            fields_metadata = []
            for fields_metadata_item_data in _fields_metadata:
                fields_metadata_item = FieldMetadata.from_dict(
                    fields_metadata_item_data
                )

                fields_metadata.append(fields_metadata_item)

        _filters = d.pop("filters", UNSET)
        filters: list[FilterMetadata] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = FilterMetadata.from_dict(filters_item_data)

                filters.append(filters_item)

        related_metric_ids = cast(list[str], d.pop("relatedMetricIds", UNSET))

        metric_record_metadata = cls(
            description=description,
            id=id,
            fields_metadata=fields_metadata,
            filters=filters,
            related_metric_ids=related_metric_ids,
        )

        metric_record_metadata.additional_properties = d
        return metric_record_metadata

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
