from enum import StrEnum


class FailureType(StrEnum):
    """Variant tag; always `Failure`."""

    FAILURE = "Failure"

    def __str__(self) -> str:
        return str(self.value)
