from enum import StrEnum


class IntegrityType(StrEnum):
    INTEGRITY = "Integrity"

    def __str__(self) -> str:
        return str(self.value)
