from enum import StrEnum


class ConversationOfferedAttributeType(StrEnum):
    """Variant tag; always `ConversationOfferedAttribute`."""

    CONVERSATIONOFFEREDATTRIBUTE = "ConversationOfferedAttribute"

    def __str__(self) -> str:
        return str(self.value)
