from enum import StrEnum


class Select1Type(StrEnum):
    SELECT = "Select"

    def __str__(self) -> str:
        return str(self.value)
