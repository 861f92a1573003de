from enum import StrEnum


class ConversationReservedAttributeType(StrEnum):
    """Variant tag; always `ConversationReservedAttribute`."""

    CONVERSATIONRESERVEDATTRIBUTE = "ConversationReservedAttribute"

    def __str__(self) -> str:
        return str(self.value)
