from enum import StrEnum


class BetweenType(StrEnum):
    """Variant tag; always `Between`."""

    BETWEEN = "Between"

    def __str__(self) -> str:
        return str(self.value)
