from enum import StrEnum


class IncludesAllType(StrEnum):
    INCLUDESALL = "IncludesAll"

    def __str__(self) -> str:
        return str(self.value)
