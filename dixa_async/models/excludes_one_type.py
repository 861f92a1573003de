from enum import StrEnum


class ExcludesOneType(StrEnum):
    """Variant tag; always `ExcludesOne`."""

    EXCLUDESONE = "ExcludesOne"

    def __str__(self) -> str:
        return str(self.value)
