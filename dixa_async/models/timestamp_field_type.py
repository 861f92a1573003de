from enum import StrEnum


class TimestampFieldType(StrEnum):
    """Variant tag; always `TimestampField`."""

    TIMESTAMPFIELD = "TimestampField"

    def __str__(self) -> str:
        return str(self.value)
