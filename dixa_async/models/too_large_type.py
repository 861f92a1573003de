from enum import StrEnum


class TooLargeType(StrEnum):
    TOOLARGE = "TooLarge"

    def __str__(self) -> str:
        return str(self.value)
