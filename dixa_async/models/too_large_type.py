from enum import StrEnum


class TooLargeType(StrEnum):
    """Variant tag; always `TooLarge`."""

    TOOLARGE = "TooLarge"

    def __str__(self) -> str:
        return str(self.value)
