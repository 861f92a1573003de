from enum import StrEnum


class ConversationTransferredAttributeType(StrEnum):
    """Variant tag; always `ConversationTransferredAttribute`."""

    CONVERSATIONTRANSFERREDATTRIBUTE = "ConversationTransferredAttribute"

    def __str__(self) -> str:
        return str(self.value)
