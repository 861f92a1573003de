from enum import StrEnum


class IsOneOf3Type(StrEnum):
    ISONEOF = "IsOneOf"

    def __str__(self) -> str:
        return str(self.value)
