from enum import StrEnum


class ExcludesAllType(StrEnum):
    """Variant tag; always `ExcludesAll`."""

    EXCLUDESALL = "ExcludesAll"

    def __str__(self) -> str:
        return str(self.value)
