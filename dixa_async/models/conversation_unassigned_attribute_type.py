from enum import StrEnum


class ConversationUnassignedAttributeType(StrEnum):
    """Variant tag; always `ConversationUnassignedAttribute`."""

    CONVERSATIONUNASSIGNEDATTRIBUTE = "ConversationUnassignedAttribute"

    def __str__(self) -> str:
        return str(self.value)
