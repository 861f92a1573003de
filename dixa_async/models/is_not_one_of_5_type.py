from enum import StrEnum


class IsNotOneOf5Type(StrEnum):
    ISNOTONEOF = "IsNotOneOf"

    def __str__(self) -> str:
        return str(self.value)
