from enum import StrEnum


class CustomAttribute1Type(StrEnum):
    CUSTOMATTRIBUTE = "CustomAttribute"

    def __str__(self) -> str:
        return str(self.value)
