from enum import StrEnum


class TranscriptAttributesType(StrEnum):
    """Variant tag; always `TranscriptAttributes`."""

    TRANSCRIPTATTRIBUTES = "TranscriptAttributes"

    def __str__(self) -> str:
        return str(self.value)
