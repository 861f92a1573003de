from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_recording_attributes_type import CallRecordingAttributesType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallRecordingAttributes")


@_attrs_define
class CallRecordingAttributes:
    """
    Attributes:
        type_ (CallRecordingAttributesType): Variant tag; always `CallRecordingAttributes`. Default:
            CallRecordingAttributesType.CALLRECORDINGATTRIBUTES.
        recording (str):
        duration (int | Unset):
    """

    recording: str
    type_: CallRecordingAttributesType = (
        CallRecordingAttributesType.CALLRECORDINGATTRIBUTES
    )
    duration: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "recording": "recording",
        "duration": "duration",
    }

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        recording = self.recording

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "recording": recording,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = CallRecordingAttributesType(d.pop("_type"))

        recording = d.pop("recording")

        duration = d.pop("duration", UNSET)

        call_recording_attributes = cls(
            type_=type_,
            recording=recording,
            duration=duration,
        )

        call_recording_attributes.additional_properties = d
        return call_recording_attributes

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
