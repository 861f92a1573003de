from enum import StrEnum


class DoubleFieldType(StrEnum):
    DOUBLEFIELD = "DoubleField"

    def __str__(self) -> str:
        return str(self.value)
