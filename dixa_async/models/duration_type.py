from enum import StrEnum


class DurationType(StrEnum):
    """Variant tag; always `Duration`."""

    DURATION = "Duration"

    def __str__(self) -> str:
        return str(self.value)
