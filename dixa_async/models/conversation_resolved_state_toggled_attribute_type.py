from enum import StrEnum


class ConversationResolvedStateToggledAttributeType(StrEnum):
    CONVERSATIONRESOLVEDSTATETOGGLEDATTRIBUTE = (
        "ConversationResolvedStateToggledAttribute"
    )

    def __str__(self) -> str:
        return str(self.value)
