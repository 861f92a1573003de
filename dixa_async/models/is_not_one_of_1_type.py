from enum import StrEnum


class IsNotOneOf1Type(StrEnum):
    ISNOTONEOF = "IsNotOneOf"

    def __str__(self) -> str:
        return str(self.value)
