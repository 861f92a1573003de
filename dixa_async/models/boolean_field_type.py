from enum import StrEnum


class BooleanFieldType(StrEnum):
    BOOLEANFIELD = "BooleanField"

    def __str__(self) -> str:
        return str(self.value)
