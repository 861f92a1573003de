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

from ..models.bulk_action_failure_bulk_error_uuid_type import (
    BulkActionFailureBulkErrorUUIDType,
)

if TYPE_CHECKING:
    from ..models.empty_patch_set import EmptyPatchSet
    from ..models.error_response import ErrorResponse
    from ..models.infrastructure import Infrastructure
    from ..models.integrity import Integrity
    from ..models.invalid_argument import InvalidArgument
    from ..models.not_found_1 import NotFound1
    from ..models.validation import Validation


T = TypeVar("T", bound="BulkActionFailureBulkErrorUUID")


@_attrs_define
class BulkActionFailureBulkErrorUUID:
    """
    Attributes:
        type_ (BulkActionFailureBulkErrorUUIDType): Variant tag; always `BulkActionFailure`. Default:
            BulkActionFailureBulkErrorUUIDType.BULKACTIONFAILURE.
        error (EmptyPatchSet | ErrorResponse | Infrastructure | Integrity | InvalidArgument | NotFound1 | Validation):
            One of several variants, told apart by `_type`.
    """

    error: (
        EmptyPatchSet
        | ErrorResponse
        | Infrastructure
        | Integrity
        | InvalidArgument
        | NotFound1
        | Validation
    )
    type_: BulkActionFailureBulkErrorUUIDType = (
        BulkActionFailureBulkErrorUUIDType.BULKACTIONFAILURE
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "error": "error",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.empty_patch_set import EmptyPatchSet  # noqa: PLC0415
        from ..models.error_response import ErrorResponse  # noqa: PLC0415
        from ..models.infrastructure import Infrastructure  # noqa: PLC0415
        from ..models.integrity import Integrity  # noqa: PLC0415
        from ..models.invalid_argument import InvalidArgument  # noqa: PLC0415
        from ..models.not_found_1 import NotFound1  # noqa: PLC0415

        type_ = self.type_.value

        error: dict[str, Any]
        if isinstance(self.error, EmptyPatchSet):
            error = self.error.to_dict()
        elif isinstance(self.error, ErrorResponse):
            error = self.error.to_dict()
        elif isinstance(self.error, Infrastructure):
            error = self.error.to_dict()
        elif isinstance(self.error, Integrity):
            error = self.error.to_dict()
        elif isinstance(self.error, InvalidArgument):
            error = self.error.to_dict()
        elif isinstance(self.error, NotFound1):
            error = self.error.to_dict()
        else:
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.empty_patch_set import EmptyPatchSet  # noqa: PLC0415
        from ..models.error_response import ErrorResponse  # noqa: PLC0415
        from ..models.infrastructure import Infrastructure  # noqa: PLC0415
        from ..models.integrity import Integrity  # noqa: PLC0415
        from ..models.invalid_argument import InvalidArgument  # noqa: PLC0415
        from ..models.not_found_1 import NotFound1  # noqa: PLC0415
        from ..models.validation import Validation  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = BulkActionFailureBulkErrorUUIDType(d.pop("_type"))

        def _parse_error(
            data: object,
        ) -> (
            EmptyPatchSet
            | ErrorResponse
            | Infrastructure
            | Integrity
            | InvalidArgument
            | NotFound1
            | Validation
        ):
            if isinstance(data, dict):
                type_tag = data.get("_type")
                if type_tag == "EmptyPatchSet":
                    componentsschemas_bulk_error_type_0 = EmptyPatchSet.from_dict(data)

                    return componentsschemas_bulk_error_type_0
                if type_tag == "ErrorResponse":
                    componentsschemas_bulk_error_type_1 = ErrorResponse.from_dict(data)

                    return componentsschemas_bulk_error_type_1
                if type_tag == "Infrastructure":
                    componentsschemas_bulk_error_type_2 = Infrastructure.from_dict(data)

                    return componentsschemas_bulk_error_type_2
                if type_tag == "Integrity":
                    componentsschemas_bulk_error_type_3 = Integrity.from_dict(data)

                    return componentsschemas_bulk_error_type_3
                if type_tag == "InvalidArgument":
                    componentsschemas_bulk_error_type_4 = InvalidArgument.from_dict(
                        data
                    )

                    return componentsschemas_bulk_error_type_4
                if type_tag == "NotFound":
                    componentsschemas_bulk_error_type_5 = NotFound1.from_dict(data)

                    return componentsschemas_bulk_error_type_5
                if type_tag == "Validation":
                    componentsschemas_bulk_error_type_6 = Validation.from_dict(data)

                    return componentsschemas_bulk_error_type_6
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bulk_error_type_0 = EmptyPatchSet.from_dict(data)

                return componentsschemas_bulk_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bulk_error_type_1 = ErrorResponse.from_dict(data)

                return componentsschemas_bulk_error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bulk_error_type_2 = Infrastructure.from_dict(data)

                return componentsschemas_bulk_error_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bulk_error_type_3 = Integrity.from_dict(data)

                return componentsschemas_bulk_error_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bulk_error_type_4 = InvalidArgument.from_dict(data)

                return componentsschemas_bulk_error_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bulk_error_type_5 = NotFound1.from_dict(data)

                return componentsschemas_bulk_error_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_bulk_error_type_6 = Validation.from_dict(data)

            return componentsschemas_bulk_error_type_6

        error = _parse_error(d.pop("error"))

        bulk_action_failure_bulk_error_uuid = cls(
            type_=type_,
            error=error,
        )

        bulk_action_failure_bulk_error_uuid.additional_properties = d
        return bulk_action_failure_bulk_error_uuid

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
