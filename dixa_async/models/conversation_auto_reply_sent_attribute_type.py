from enum import StrEnum


class ConversationAutoReplySentAttributeType(StrEnum):
    CONVERSATIONAUTOREPLYSENTATTRIBUTE = "ConversationAutoReplySentAttribute"

    def __str__(self) -> str:
        return str(self.value)
