from enum import StrEnum


class EmailForwardType(StrEnum):
    EMAILFORWARD = "EmailForward"

    def __str__(self) -> str:
        return str(self.value)
