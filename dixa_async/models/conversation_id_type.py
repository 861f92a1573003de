from enum import StrEnum


class ConversationIdType(StrEnum):
    CONVERSATIONID = "ConversationId"

    def __str__(self) -> str:
        return str(self.value)
