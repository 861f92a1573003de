from enum import StrEnum


class UnexpectedErrorType(StrEnum):
    UNEXPECTEDERROR = "UnexpectedError"

    def __str__(self) -> str:
        return str(self.value)
