from enum import StrEnum


class ConversationAutoReplySentAttributeType(StrEnum):
    """Variant tag; always `ConversationAutoReplySentAttribute`."""

    CONVERSATIONAUTOREPLYSENTATTRIBUTE = "ConversationAutoReplySentAttribute"

    def __str__(self) -> str:
        return str(self.value)
