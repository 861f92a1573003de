from enum import StrEnum


class ConversationRatedAttributeType(StrEnum):
    CONVERSATIONRATEDATTRIBUTE = "ConversationRatedAttribute"

    def __str__(self) -> str:
        return str(self.value)
