from enum import StrEnum


class IncludesAllType(StrEnum):
    """Variant tag; always `IncludesAll`."""

    INCLUDESALL = "IncludesAll"

    def __str__(self) -> str:
        return str(self.value)
