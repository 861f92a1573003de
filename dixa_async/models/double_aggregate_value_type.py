from enum import StrEnum


class DoubleAggregateValueType(StrEnum):
    DOUBLEAGGREGATEVALUE = "DoubleAggregateValue"

    def __str__(self) -> str:
        return str(self.value)
