from enum import StrEnum


class ChatConversationType(StrEnum):
    """Variant tag; always `ChatConversation`."""

    CHATCONVERSATION = "ChatConversation"

    def __str__(self) -> str:
        return str(self.value)
