from enum import StrEnum


class ConversationTranscriptionEndedAttributeType(StrEnum):
    CONVERSATIONTRANSCRIPTIONENDEDATTRIBUTE = "ConversationTranscriptionEndedAttribute"

    def __str__(self) -> str:
        return str(self.value)
