from enum import StrEnum


class ConversationLinkedAttributeType(StrEnum):
    """Variant tag; always `ConversationLinkedAttribute`."""

    CONVERSATIONLINKEDATTRIBUTE = "ConversationLinkedAttribute"

    def __str__(self) -> str:
        return str(self.value)
