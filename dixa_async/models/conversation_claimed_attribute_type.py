from enum import StrEnum


class ConversationClaimedAttributeType(StrEnum):
    CONVERSATIONCLAIMEDATTRIBUTE = "ConversationClaimedAttribute"

    def __str__(self) -> str:
        return str(self.value)
