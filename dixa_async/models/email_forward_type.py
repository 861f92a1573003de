from enum import StrEnum


class EmailForwardType(StrEnum):
    """Variant tag; always `EmailForward`."""

    EMAILFORWARD = "EmailForward"

    def __str__(self) -> str:
        return str(self.value)
