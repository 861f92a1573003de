from enum import StrEnum


class IsEmptyType(StrEnum):
    ISEMPTY = "IsEmpty"

    def __str__(self) -> str:
        return str(self.value)
