from enum import StrEnum


class ChannelNotInType(StrEnum):
    """Variant tag; always `IsNotOneOf`."""

    ISNOTONEOF = "IsNotOneOf"

    def __str__(self) -> str:
        return str(self.value)
