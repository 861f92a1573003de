from enum import StrEnum


class ExcludesOneType(StrEnum):
    EXCLUDESONE = "ExcludesOne"

    def __str__(self) -> str:
        return str(self.value)
