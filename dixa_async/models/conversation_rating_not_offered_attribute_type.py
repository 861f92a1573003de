from enum import StrEnum


class ConversationRatingNotOfferedAttributeType(StrEnum):
    """Variant tag; always `ConversationRatingNotOfferedAttribute`."""

    CONVERSATIONRATINGNOTOFFEREDATTRIBUTE = "ConversationRatingNotOfferedAttribute"

    def __str__(self) -> str:
        return str(self.value)
