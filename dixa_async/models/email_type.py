from enum import StrEnum


class EmailType(StrEnum):
    """Variant tag; always `Email`."""

    EMAIL = "Email"

    def __str__(self) -> str:
        return str(self.value)
