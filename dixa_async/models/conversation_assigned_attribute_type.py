from enum import StrEnum


class ConversationAssignedAttributeType(StrEnum):
    CONVERSATIONASSIGNEDATTRIBUTE = "ConversationAssignedAttribute"

    def __str__(self) -> str:
        return str(self.value)
