from enum import StrEnum


class InfrastructureType(StrEnum):
    """Variant tag; always `Infrastructure`."""

    INFRASTRUCTURE = "Infrastructure"

    def __str__(self) -> str:
        return str(self.value)
