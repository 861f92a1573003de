from enum import StrEnum


class ConversationRatingOfferedAttributeType(StrEnum):
    """Variant tag; always `ConversationRatingOfferedAttribute`."""

    CONVERSATIONRATINGOFFEREDATTRIBUTE = "ConversationRatingOfferedAttribute"

    def __str__(self) -> str:
        return str(self.value)
