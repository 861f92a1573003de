from enum import StrEnum


class ConversationSubjectUpdatedAttributeType(StrEnum):
    CONVERSATIONSUBJECTUPDATEDATTRIBUTE = "ConversationSubjectUpdatedAttribute"

    def __str__(self) -> str:
        return str(self.value)
