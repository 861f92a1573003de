from enum import StrEnum


class LongAggregateValueType(StrEnum):
    LONGAGGREGATEVALUE = "LongAggregateValue"

    def __str__(self) -> str:
        return str(self.value)
