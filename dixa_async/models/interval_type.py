from enum import StrEnum


class IntervalType(StrEnum):
    INTERVAL = "Interval"

    def __str__(self) -> str:
        return str(self.value)
