from enum import StrEnum


class GenericChannelType(StrEnum):
    """Variant tag; always `GenericChannel`."""

    GENERICCHANNEL = "GenericChannel"

    def __str__(self) -> str:
        return str(self.value)
