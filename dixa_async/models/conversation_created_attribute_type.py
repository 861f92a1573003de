from enum import StrEnum


class ConversationCreatedAttributeType(StrEnum):
    """Variant tag; always `ConversationCreatedAttribute`."""

    CONVERSATIONCREATEDATTRIBUTE = "ConversationCreatedAttribute"

    def __str__(self) -> str:
        return str(self.value)
