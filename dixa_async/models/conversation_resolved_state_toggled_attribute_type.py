from enum import StrEnum


class ConversationResolvedStateToggledAttributeType(StrEnum):
    """Variant tag; always `ConversationResolvedStateToggledAttribute`."""

    CONVERSATIONRESOLVEDSTATETOGGLEDATTRIBUTE = (
        "ConversationResolvedStateToggledAttribute"
    )

    def __str__(self) -> str:
        return str(self.value)
