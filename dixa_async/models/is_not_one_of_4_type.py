from enum import StrEnum


class IsNotOneOf4Type(StrEnum):
    ISNOTONEOF = "IsNotOneOf"

    def __str__(self) -> str:
        return str(self.value)
