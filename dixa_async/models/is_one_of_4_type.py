from enum import StrEnum


class IsOneOf4Type(StrEnum):
    ISONEOF = "IsOneOf"

    def __str__(self) -> str:
        return str(self.value)
