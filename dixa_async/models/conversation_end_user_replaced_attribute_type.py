from enum import StrEnum


class ConversationEndUserReplacedAttributeType(StrEnum):
    """Variant tag; always `ConversationEndUserReplacedAttribute`."""

    CONVERSATIONENDUSERREPLACEDATTRIBUTE = "ConversationEndUserReplacedAttribute"

    def __str__(self) -> str:
        return str(self.value)
