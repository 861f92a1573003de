from enum import StrEnum


class DirectionType(StrEnum):
    """Variant tag; always `Direction`."""

    DIRECTION = "Direction"

    def __str__(self) -> str:
        return str(self.value)
