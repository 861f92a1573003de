from enum import StrEnum


class ConversationRatedAttributeType(StrEnum):
    """Variant tag; always `ConversationRatedAttribute`."""

    CONVERSATIONRATEDATTRIBUTE = "ConversationRatedAttribute"

    def __str__(self) -> str:
        return str(self.value)
