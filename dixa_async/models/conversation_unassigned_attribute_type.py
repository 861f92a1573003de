from enum import StrEnum


class ConversationUnassignedAttributeType(StrEnum):
    CONVERSATIONUNASSIGNEDATTRIBUTE = "ConversationUnassignedAttribute"

    def __str__(self) -> str:
        return str(self.value)
