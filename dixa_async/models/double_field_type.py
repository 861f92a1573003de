from enum import StrEnum


class DoubleFieldType(StrEnum):
    """Variant tag; always `DoubleField`."""

    DOUBLEFIELD = "DoubleField"

    def __str__(self) -> str:
        return str(self.value)
