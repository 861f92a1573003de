from enum import StrEnum


class ChannelType(StrEnum):
    """Variant tag; always `Channel`."""

    CHANNEL = "Channel"

    def __str__(self) -> str:
        return str(self.value)
