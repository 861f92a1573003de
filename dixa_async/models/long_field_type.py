from enum import StrEnum


class LongFieldType(StrEnum):
    """Variant tag; always `LongField`."""

    LONGFIELD = "LongField"

    def __str__(self) -> str:
        return str(self.value)
