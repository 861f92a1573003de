from enum import StrEnum


class IncludesOneType(StrEnum):
    """Variant tag; always `IncludesOne`."""

    INCLUDESONE = "IncludesOne"

    def __str__(self) -> str:
        return str(self.value)
