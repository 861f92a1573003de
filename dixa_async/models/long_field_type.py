from enum import StrEnum


class LongFieldType(StrEnum):
    LONGFIELD = "LongField"

    def __str__(self) -> str:
        return str(self.value)
