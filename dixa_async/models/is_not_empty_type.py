from enum import StrEnum


class IsNotEmptyType(StrEnum):
    """Variant tag; always `IsNotEmpty`."""

    ISNOTEMPTY = "IsNotEmpty"

    def __str__(self) -> str:
        return str(self.value)
