from enum import StrEnum


class IsNotOneOfType(StrEnum):
    ISNOTONEOF = "IsNotOneOf"

    def __str__(self) -> str:
        return str(self.value)
