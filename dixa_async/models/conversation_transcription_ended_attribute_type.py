from enum import StrEnum


class ConversationTranscriptionEndedAttributeType(StrEnum):
    """Variant tag; always `ConversationTranscriptionEndedAttribute`."""

    CONVERSATIONTRANSCRIPTIONENDEDATTRIBUTE = "ConversationTranscriptionEndedAttribute"

    def __str__(self) -> str:
        return str(self.value)
