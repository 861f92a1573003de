from enum import StrEnum


class ChatType(StrEnum):
    """Variant tag; always `Chat`."""

    CHAT = "Chat"

    def __str__(self) -> str:
        return str(self.value)
