from enum import StrEnum


class ConversationClaimedAttributeType(StrEnum):
    """Variant tag; always `ConversationClaimedAttribute`."""

    CONVERSATIONCLAIMEDATTRIBUTE = "ConversationClaimedAttribute"

    def __str__(self) -> str:
        return str(self.value)
