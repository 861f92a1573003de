from enum import StrEnum


class ExcludesAllType(StrEnum):
    EXCLUDESALL = "ExcludesAll"

    def __str__(self) -> str:
        return str(self.value)
