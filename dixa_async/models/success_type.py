from enum import StrEnum


class SuccessType(StrEnum):
    SUCCESS = "Success"

    def __str__(self) -> str:
        return str(self.value)
