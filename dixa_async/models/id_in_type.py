from enum import StrEnum


class IdInType(StrEnum):
    """Variant tag; always `IsOneOf`."""

    ISONEOF = "IsOneOf"

    def __str__(self) -> str:
        return str(self.value)
