from enum import StrEnum


class ConversationEndUserReplacedAttributeType(StrEnum):
    CONVERSATIONENDUSERREPLACEDATTRIBUTE = "ConversationEndUserReplacedAttribute"

    def __str__(self) -> str:
        return str(self.value)
