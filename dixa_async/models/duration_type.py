from enum import StrEnum


class DurationType(StrEnum):
    DURATION = "Duration"

    def __str__(self) -> str:
        return str(self.value)
