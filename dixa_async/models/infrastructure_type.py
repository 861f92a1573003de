from enum import StrEnum


class InfrastructureType(StrEnum):
    INFRASTRUCTURE = "Infrastructure"

    def __str__(self) -> str:
        return str(self.value)
