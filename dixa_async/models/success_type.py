from enum import StrEnum


class SuccessType(StrEnum):
    """Variant tag; always `Success`."""

    SUCCESS = "Success"

    def __str__(self) -> str:
        return str(self.value)
