from enum import StrEnum


class ConversationTransferredAttributeType(StrEnum):
    CONVERSATIONTRANSFERREDATTRIBUTE = "ConversationTransferredAttribute"

    def __str__(self) -> str:
        return str(self.value)
