from enum import StrEnum


class NoteAddedAttributeType(StrEnum):
    """Variant tag; always `NoteAddedAttribute`."""

    NOTEADDEDATTRIBUTE = "NoteAddedAttribute"

    def __str__(self) -> str:
        return str(self.value)
