from enum import StrEnum


class RegularType(StrEnum):
    REGULAR = "Regular"

    def __str__(self) -> str:
        return str(self.value)
