from enum import StrEnum


class ConversationRatingScheduledAttributeType(StrEnum):
    """Variant tag; always `ConversationRatingScheduledAttribute`."""

    CONVERSATIONRATINGSCHEDULEDATTRIBUTE = "ConversationRatingScheduledAttribute"

    def __str__(self) -> str:
        return str(self.value)
