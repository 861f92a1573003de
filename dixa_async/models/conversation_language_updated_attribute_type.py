from enum import StrEnum


class ConversationLanguageUpdatedAttributeType(StrEnum):
    CONVERSATIONLANGUAGEUPDATEDATTRIBUTE = "ConversationLanguageUpdatedAttribute"

    def __str__(self) -> str:
        return str(self.value)
