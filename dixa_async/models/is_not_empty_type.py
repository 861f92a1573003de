from enum import StrEnum


class IsNotEmptyType(StrEnum):
    ISNOTEMPTY = "IsNotEmpty"

    def __str__(self) -> str:
        return str(self.value)
