from enum import StrEnum


class EmailType(StrEnum):
    EMAIL = "Email"

    def __str__(self) -> str:
        return str(self.value)
