from enum import StrEnum


class ValidationType(StrEnum):
    VALIDATION = "Validation"

    def __str__(self) -> str:
        return str(self.value)
