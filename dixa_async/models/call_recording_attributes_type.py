from enum import StrEnum


class CallRecordingAttributesType(StrEnum):
    CALLRECORDINGATTRIBUTES = "CallRecordingAttributes"

    def __str__(self) -> str:
        return str(self.value)
