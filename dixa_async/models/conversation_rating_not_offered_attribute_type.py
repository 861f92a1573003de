from enum import StrEnum


class ConversationRatingNotOfferedAttributeType(StrEnum):
    CONVERSATIONRATINGNOTOFFEREDATTRIBUTE = "ConversationRatingNotOfferedAttribute"

    def __str__(self) -> str:
        return str(self.value)
