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

if TYPE_CHECKING:
    from ..models.email_endpoint import EmailEndpoint
    from ..models.telephony_endpoint import TelephonyEndpoint


T = TypeVar("T", bound="GetContactPointByIdOutput")


@_attrs_define
class GetContactPointByIdOutput:
    """
    Attributes:
        data (EmailEndpoint | TelephonyEndpoint): One of several variants, told apart by `_type`.
    """

    data: EmailEndpoint | TelephonyEndpoint
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "data": "data",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_endpoint import EmailEndpoint  # noqa: PLC0415

        data: dict[str, Any]
        if isinstance(self.data, EmailEndpoint):
            data = self.data.to_dict()
        else:
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_endpoint import EmailEndpoint  # noqa: PLC0415
        from ..models.telephony_endpoint import TelephonyEndpoint  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}

        def _parse_data(data: object) -> EmailEndpoint | TelephonyEndpoint:
            if isinstance(data, dict):
                type_tag = data.get("_type")
                if type_tag == "EmailEndpoint":
                    componentsschemas_contact_endpoint_type_0 = EmailEndpoint.from_dict(
                        data
                    )

                    return componentsschemas_contact_endpoint_type_0
                if type_tag == "TelephonyEndpoint":
                    componentsschemas_contact_endpoint_type_1 = (
                        TelephonyEndpoint.from_dict(data)
                    )

                    return componentsschemas_contact_endpoint_type_1
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_contact_endpoint_type_0 = EmailEndpoint.from_dict(
                    data
                )

                return componentsschemas_contact_endpoint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_contact_endpoint_type_1 = TelephonyEndpoint.from_dict(
                data
            )

            return componentsschemas_contact_endpoint_type_1

        data = _parse_data(d.pop("data"))

        get_contact_point_by_id_output = cls(
            data=data,
        )

        get_contact_point_by_id_output.additional_properties = d
        return get_contact_point_by_id_output

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
