from enum import StrEnum


class IsEmptyType(StrEnum):
    """Variant tag; always `IsEmpty`."""

    ISEMPTY = "IsEmpty"

    def __str__(self) -> str:
        return str(self.value)
