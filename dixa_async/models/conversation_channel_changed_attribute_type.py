from enum import StrEnum


class ConversationChannelChangedAttributeType(StrEnum):
    """Variant tag; always `ConversationChannelChangedAttribute`."""

    CONVERSATIONCHANNELCHANGEDATTRIBUTE = "ConversationChannelChangedAttribute"

    def __str__(self) -> str:
        return str(self.value)
