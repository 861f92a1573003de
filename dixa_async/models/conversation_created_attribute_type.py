from enum import StrEnum


class ConversationCreatedAttributeType(StrEnum):
    CONVERSATIONCREATEDATTRIBUTE = "ConversationCreatedAttribute"

    def __str__(self) -> str:
        return str(self.value)
