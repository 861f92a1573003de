from enum import StrEnum


class ChannelType(StrEnum):
    CHANNEL = "Channel"

    def __str__(self) -> str:
        return str(self.value)
