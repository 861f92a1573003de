from enum import StrEnum


class LastMessageType(StrEnum):
    """Variant tag; always `LastMessage`."""

    LASTMESSAGE = "LastMessage"

    def __str__(self) -> str:
        return str(self.value)
