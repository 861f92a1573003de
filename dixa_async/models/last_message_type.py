from enum import StrEnum


class LastMessageType(StrEnum):
    LASTMESSAGE = "LastMessage"

    def __str__(self) -> str:
        return str(self.value)
