from enum import StrEnum


class ConversationLinkedAttributeType(StrEnum):
    CONVERSATIONLINKEDATTRIBUTE = "ConversationLinkedAttribute"

    def __str__(self) -> str:
        return str(self.value)
