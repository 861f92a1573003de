from enum import StrEnum


class ValidationType(StrEnum):
    """Variant tag; always `Validation`."""

    VALIDATION = "Validation"

    def __str__(self) -> str:
        return str(self.value)
