from enum import StrEnum


class IsOneOf2Type(StrEnum):
    ISONEOF = "IsOneOf"

    def __str__(self) -> str:
        return str(self.value)
