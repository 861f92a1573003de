from enum import StrEnum


class IsOneOfType(StrEnum):
    ISONEOF = "IsOneOf"

    def __str__(self) -> str:
        return str(self.value)
