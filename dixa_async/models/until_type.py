from enum import StrEnum


class UntilType(StrEnum):
    """Variant tag; always `Until`."""

    UNTIL = "Until"

    def __str__(self) -> str:
        return str(self.value)
