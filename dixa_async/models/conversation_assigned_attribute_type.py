from enum import StrEnum


class ConversationAssignedAttributeType(StrEnum):
    """Variant tag; always `ConversationAssignedAttribute`."""

    CONVERSATIONASSIGNEDATTRIBUTE = "ConversationAssignedAttribute"

    def __str__(self) -> str:
        return str(self.value)
