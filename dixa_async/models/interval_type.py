from enum import StrEnum


class IntervalType(StrEnum):
    """Variant tag; always `Interval`."""

    INTERVAL = "Interval"

    def __str__(self) -> str:
        return str(self.value)
