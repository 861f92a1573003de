from enum import StrEnum


class StringFieldType(StrEnum):
    """Variant tag; always `StringField`."""

    STRINGFIELD = "StringField"

    def __str__(self) -> str:
        return str(self.value)
