from enum import StrEnum


class ConversationOfferedAttributeType(StrEnum):
    CONVERSATIONOFFEREDATTRIBUTE = "ConversationOfferedAttribute"

    def __str__(self) -> str:
        return str(self.value)
