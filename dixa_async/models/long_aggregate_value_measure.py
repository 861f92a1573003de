from enum import StrEnum


class LongAggregateValueMeasure(StrEnum):
    COUNT = "Count"

    def __str__(self) -> str:
        return str(self.value)
