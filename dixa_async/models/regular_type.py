from enum import StrEnum


class RegularType(StrEnum):
    """Variant tag; always `Regular`."""

    REGULAR = "Regular"

    def __str__(self) -> str:
        return str(self.value)
