from enum import StrEnum


class TimestampFieldType(StrEnum):
    TIMESTAMPFIELD = "TimestampField"

    def __str__(self) -> str:
        return str(self.value)
