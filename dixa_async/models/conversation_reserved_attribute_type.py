from enum import StrEnum


class ConversationReservedAttributeType(StrEnum):
    CONVERSATIONRESERVEDATTRIBUTE = "ConversationReservedAttribute"

    def __str__(self) -> str:
        return str(self.value)
