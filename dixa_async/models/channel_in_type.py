from enum import StrEnum


class ChannelInType(StrEnum):
    """Variant tag; always `IsOneOf`."""

    ISONEOF = "IsOneOf"

    def __str__(self) -> str:
        return str(self.value)
