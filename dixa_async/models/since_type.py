from enum import StrEnum


class SinceType(StrEnum):
    SINCE = "Since"

    def __str__(self) -> str:
        return str(self.value)
