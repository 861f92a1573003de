from enum import StrEnum


class UnexpectedErrorType(StrEnum):
    """Variant tag; always `UnexpectedError`."""

    UNEXPECTEDERROR = "UnexpectedError"

    def __str__(self) -> str:
        return str(self.value)
