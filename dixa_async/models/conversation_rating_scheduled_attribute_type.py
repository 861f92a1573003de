from enum import StrEnum


class ConversationRatingScheduledAttributeType(StrEnum):
    CONVERSATIONRATINGSCHEDULEDATTRIBUTE = "ConversationRatingScheduledAttribute"

    def __str__(self) -> str:
        return str(self.value)
