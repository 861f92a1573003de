from enum import StrEnum


class ConversationSubjectUpdatedAttributeType(StrEnum):
    """Variant tag; always `ConversationSubjectUpdatedAttribute`."""

    CONVERSATIONSUBJECTUPDATEDATTRIBUTE = "ConversationSubjectUpdatedAttribute"

    def __str__(self) -> str:
        return str(self.value)
