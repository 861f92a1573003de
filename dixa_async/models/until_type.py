from enum import StrEnum


class UntilType(StrEnum):
    UNTIL = "Until"

    def __str__(self) -> str:
        return str(self.value)
