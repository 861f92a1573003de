from enum import StrEnum


class CallRecordingAttributesType(StrEnum):
    """Variant tag; always `CallRecordingAttributes`."""

    CALLRECORDINGATTRIBUTES = "CallRecordingAttributes"

    def __str__(self) -> str:
        return str(self.value)
