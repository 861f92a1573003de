from enum import StrEnum


class BooleanFieldType(StrEnum):
    """Variant tag; always `BooleanField`."""

    BOOLEANFIELD = "BooleanField"

    def __str__(self) -> str:
        return str(self.value)
