from enum import StrEnum


class ConversationChannelChangedAttributeType(StrEnum):
    CONVERSATIONCHANNELCHANGEDATTRIBUTE = "ConversationChannelChangedAttribute"

    def __str__(self) -> str:
        return str(self.value)
