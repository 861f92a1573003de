from enum import StrEnum


class Queue1SlaCalculationMethod(StrEnum):
    ABANDONEDIGNORED = "AbandonedIgnored"

    def __str__(self) -> str:
        return str(self.value)
