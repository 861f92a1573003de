from enum import StrEnum


class TranscriptAttributesType(StrEnum):
    TRANSCRIPTATTRIBUTES = "TranscriptAttributes"

    def __str__(self) -> str:
        return str(self.value)
