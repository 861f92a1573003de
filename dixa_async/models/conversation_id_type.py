from enum import StrEnum


class ConversationIdType(StrEnum):
    """Variant tag; always `ConversationId`."""

    CONVERSATIONID = "ConversationId"

    def __str__(self) -> str:
        return str(self.value)
