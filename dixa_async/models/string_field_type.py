from enum import StrEnum


class StringFieldType(StrEnum):
    STRINGFIELD = "StringField"

    def __str__(self) -> str:
        return str(self.value)
