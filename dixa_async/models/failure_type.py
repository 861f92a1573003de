from enum import StrEnum


class FailureType(StrEnum):
    FAILURE = "Failure"

    def __str__(self) -> str:
        return str(self.value)
