from enum import StrEnum


class IntegrityType(StrEnum):
    """Variant tag; always `Integrity`."""

    INTEGRITY = "Integrity"

    def __str__(self) -> str:
        return str(self.value)
