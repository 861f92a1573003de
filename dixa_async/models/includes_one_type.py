from enum import StrEnum


class IncludesOneType(StrEnum):
    INCLUDESONE = "IncludesOne"

    def __str__(self) -> str:
        return str(self.value)
