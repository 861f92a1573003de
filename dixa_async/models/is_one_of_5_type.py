from enum import StrEnum


class IsOneOf5Type(StrEnum):
    ISONEOF = "IsOneOf"

    def __str__(self) -> str:
        return str(self.value)
