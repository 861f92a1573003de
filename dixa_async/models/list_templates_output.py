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
    from ..models.email_auto_reply import EmailAutoReply
    from ..models.pagination_links import PaginationLinks
    from ..models.quick_response import QuickResponse


T = TypeVar("T", bound="ListTemplatesOutput")


@_attrs_define
class ListTemplatesOutput:
    """
    Attributes:
        data (list[EmailAutoReply | QuickResponse] | Unset):
        meta (PaginationLinks | Unset):
    """

    data: list[EmailAutoReply | QuickResponse] | Unset = UNSET
    meta: PaginationLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "data": "data",
        "meta": "meta",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_auto_reply import EmailAutoReply  # noqa: PLC0415

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item: dict[str, Any]
                if isinstance(data_item_data, EmailAutoReply):
                    data_item = data_item_data.to_dict()
                else:
                    data_item = data_item_data.to_dict()

                data.append(data_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_auto_reply import EmailAutoReply  # noqa: PLC0415
        from ..models.pagination_links import PaginationLinks  # noqa: PLC0415
        from ..models.quick_response import QuickResponse  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        _data = d.pop("data", UNSET)
        data: list[EmailAutoReply | QuickResponse] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:

                def _parse_data_item(data: object) -> EmailAutoReply | QuickResponse:
                    if isinstance(data, dict):
                        type_tag = data.get("_type")
                        if type_tag == "EmailAutoReply":
                            componentsschemas_template_type_0 = (
                                EmailAutoReply.from_dict(data)
                            )

                            return componentsschemas_template_type_0
                        if type_tag == "QuickResponse":
                            componentsschemas_template_type_1 = QuickResponse.from_dict(
                                data
                            )

                            return componentsschemas_template_type_1
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_template_type_0 = EmailAutoReply.from_dict(
                            data
                        )

                        return componentsschemas_template_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_template_type_1 = QuickResponse.from_dict(data)

                    return componentsschemas_template_type_1

                data_item = _parse_data_item(data_item_data)

                data.append(data_item)

        _meta = d.pop("meta", UNSET)
        meta: PaginationLinks | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = PaginationLinks.from_dict(_meta)

        list_templates_output = cls(
            data=data,
            meta=meta,
        )

        list_templates_output.additional_properties = d
        return list_templates_output

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
