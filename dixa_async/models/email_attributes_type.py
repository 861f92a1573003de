from enum import StrEnum


class EmailAttributesType(StrEnum):
    """Variant tag; always `EmailAttributes`."""

    EMAILATTRIBUTES = "EmailAttributes"

    def __str__(self) -> str:
        return str(self.value)
