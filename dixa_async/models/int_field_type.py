from enum import StrEnum


class IntFieldType(StrEnum):
    """Variant tag; always `IntField`."""

    INTFIELD = "IntField"

    def __str__(self) -> str:
        return str(self.value)
