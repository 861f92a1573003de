from enum import StrEnum


class GenericChannelType(StrEnum):
    GENERICCHANNEL = "GenericChannel"

    def __str__(self) -> str:
        return str(self.value)
