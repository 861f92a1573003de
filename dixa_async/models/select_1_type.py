from enum import StrEnum


class Select1Type(StrEnum):
    """Variant tag; always `Select`."""

    SELECT = "Select"

    def __str__(self) -> str:
        return str(self.value)
