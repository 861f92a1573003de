from enum import StrEnum


class SelectType(StrEnum):
    SELECT = "Select"

    def __str__(self) -> str:
        return str(self.value)
