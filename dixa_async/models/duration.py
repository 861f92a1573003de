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

from ..models.duration_type import DurationType

if TYPE_CHECKING:
    from ..models.duration_between import DurationBetween
    from ..models.longer_than_or_equal_to import LongerThanOrEqualTo
    from ..models.shorter_than_or_equal_to import ShorterThanOrEqualTo


T = TypeVar("T", bound="Duration")


@_attrs_define
class Duration:
    """
    Attributes:
        type_ (DurationType): Variant tag; always `Duration`. Default: DurationType.DURATION.
        operator (DurationBetween | LongerThanOrEqualTo | ShorterThanOrEqualTo): One of several variants, told apart by
            `_type`.
    """

    operator: DurationBetween | LongerThanOrEqualTo | ShorterThanOrEqualTo
    type_: DurationType = DurationType.DURATION
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "operator": "operator",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.duration_between import DurationBetween  # noqa: PLC0415
        from ..models.longer_than_or_equal_to import LongerThanOrEqualTo  # noqa: PLC0415

        type_ = self.type_.value

        operator: dict[str, Any]
        if isinstance(self.operator, DurationBetween):
            operator = self.operator.to_dict()
        elif isinstance(self.operator, LongerThanOrEqualTo):
            operator = self.operator.to_dict()
        else:
            operator = self.operator.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "operator": operator,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.duration_between import DurationBetween  # noqa: PLC0415
        from ..models.longer_than_or_equal_to import LongerThanOrEqualTo  # noqa: PLC0415
        from ..models.shorter_than_or_equal_to import ShorterThanOrEqualTo  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = DurationType(d.pop("_type"))

        def _parse_operator(
            data: object,
        ) -> DurationBetween | LongerThanOrEqualTo | ShorterThanOrEqualTo:
            if isinstance(data, dict):
                type_tag = data.get("_type")
                if type_tag == "Between":
                    componentsschemas_duration_operator_type_0 = (
                        DurationBetween.from_dict(data)
                    )

                    return componentsschemas_duration_operator_type_0
                if type_tag == "LongerThanOrEqualTo":
                    componentsschemas_duration_operator_type_1 = (
                        LongerThanOrEqualTo.from_dict(data)
                    )

                    return componentsschemas_duration_operator_type_1
                if type_tag == "ShorterThanOrEqualTo":
                    componentsschemas_duration_operator_type_2 = (
                        ShorterThanOrEqualTo.from_dict(data)
                    )

                    return componentsschemas_duration_operator_type_2
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_duration_operator_type_0 = DurationBetween.from_dict(
                    data
                )

                return componentsschemas_duration_operator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_duration_operator_type_1 = (
                    LongerThanOrEqualTo.from_dict(data)
                )

                return componentsschemas_duration_operator_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_duration_operator_type_2 = ShorterThanOrEqualTo.from_dict(
                data
            )

            return componentsschemas_duration_operator_type_2

        operator = _parse_operator(d.pop("operator"))

        duration = cls(
            type_=type_,
            operator=operator,
        )

        duration.additional_properties = d
        return duration

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
