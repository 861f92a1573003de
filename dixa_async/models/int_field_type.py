from enum import StrEnum


class IntFieldType(StrEnum):
    INTFIELD = "IntField"

    def __str__(self) -> str:
        return str(self.value)
