from enum import StrEnum


class CsatType(StrEnum):
    CSAT = "Csat"

    def __str__(self) -> str:
        return str(self.value)
