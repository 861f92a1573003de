from enum import StrEnum


class OptionPathInType(StrEnum):
    """Variant tag; always `IsOneOf`."""

    ISONEOF = "IsOneOf"

    def __str__(self) -> str:
        return str(self.value)
