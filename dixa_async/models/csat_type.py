from enum import StrEnum


class CsatType(StrEnum):
    """Variant tag; always `Csat`."""

    CSAT = "Csat"

    def __str__(self) -> str:
        return str(self.value)
