from enum import StrEnum


class BetweenType(StrEnum):
    BETWEEN = "Between"

    def __str__(self) -> str:
        return str(self.value)
