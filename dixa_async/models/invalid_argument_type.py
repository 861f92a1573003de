from enum import StrEnum


class InvalidArgumentType(StrEnum):
    """Variant tag; always `InvalidArgument`."""

    INVALIDARGUMENT = "InvalidArgument"

    def __str__(self) -> str:
        return str(self.value)
