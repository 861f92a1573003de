from enum import StrEnum


class ConversationRatingOfferedAttributeType(StrEnum):
    CONVERSATIONRATINGOFFEREDATTRIBUTE = "ConversationRatingOfferedAttribute"

    def __str__(self) -> str:
        return str(self.value)
