from enum import StrEnum


class NoteAddedAttributeType(StrEnum):
    NOTEADDEDATTRIBUTE = "NoteAddedAttribute"

    def __str__(self) -> str:
        return str(self.value)
