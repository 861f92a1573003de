from enum import StrEnum


class ConversationLanguageUpdatedAttributeType(StrEnum):
    """Variant tag; always `ConversationLanguageUpdatedAttribute`."""

    CONVERSATIONLANGUAGEUPDATEDATTRIBUTE = "ConversationLanguageUpdatedAttribute"

    def __str__(self) -> str:
        return str(self.value)
