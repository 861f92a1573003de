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
    from ..models.bulk_action_failure_bulk_error_end_user import (
        BulkActionFailureBulkErrorEndUser,
    )
    from ..models.bulk_action_success_bulk_error_end_user import (
        BulkActionSuccessBulkErrorEndUser,
    )


T = TypeVar("T", bound="CreateEndUsersOutput")


@_attrs_define
class CreateEndUsersOutput:
    """
    Attributes:
        data (list[BulkActionFailureBulkErrorEndUser | BulkActionSuccessBulkErrorEndUser] | Unset):
    """

    data: (
        list[BulkActionFailureBulkErrorEndUser | BulkActionSuccessBulkErrorEndUser]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "data": "data",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.bulk_action_failure_bulk_error_end_user import (
            BulkActionFailureBulkErrorEndUser,  # noqa: PLC0415
        )

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item: dict[str, Any]
                if isinstance(data_item_data, BulkActionFailureBulkErrorEndUser):
                    data_item = data_item_data.to_dict()
                else:
                    data_item = data_item_data.to_dict()

                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_action_failure_bulk_error_end_user import (
            BulkActionFailureBulkErrorEndUser,  # noqa: PLC0415
        )
        from ..models.bulk_action_success_bulk_error_end_user import (
            BulkActionSuccessBulkErrorEndUser,  # noqa: PLC0415
        )

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        _data = d.pop("data", UNSET)
        data: (
            list[BulkActionFailureBulkErrorEndUser | BulkActionSuccessBulkErrorEndUser]
            | Unset
        ) = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:

                def _parse_data_item(
                    data: object,
                ) -> (
                    BulkActionFailureBulkErrorEndUser
                    | BulkActionSuccessBulkErrorEndUser
                ):
                    if isinstance(data, dict):
                        type_tag = data.get("_type")
                        if type_tag == "BulkActionFailure":
                            componentsschemas_bulk_action_outcome_bulk_error_end_user_type_0 = BulkActionFailureBulkErrorEndUser.from_dict(
                                data
                            )

                            return componentsschemas_bulk_action_outcome_bulk_error_end_user_type_0
                        if type_tag == "BulkActionSuccess":
                            componentsschemas_bulk_action_outcome_bulk_error_end_user_type_1 = BulkActionSuccessBulkErrorEndUser.from_dict(
                                data
                            )

                            return componentsschemas_bulk_action_outcome_bulk_error_end_user_type_1
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_bulk_action_outcome_bulk_error_end_user_type_0 = BulkActionFailureBulkErrorEndUser.from_dict(
                            data
                        )

                        return componentsschemas_bulk_action_outcome_bulk_error_end_user_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bulk_action_outcome_bulk_error_end_user_type_1 = (
                        BulkActionSuccessBulkErrorEndUser.from_dict(data)
                    )

                    return (
                        componentsschemas_bulk_action_outcome_bulk_error_end_user_type_1
                    )

                data_item = _parse_data_item(data_item_data)

                data.append(data_item)

        create_end_users_output = cls(
            data=data,
        )

        create_end_users_output.additional_properties = d
        return create_end_users_output

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
