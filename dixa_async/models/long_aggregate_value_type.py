from enum import StrEnum


class LongAggregateValueType(StrEnum):
    """Variant tag; always `LongAggregateValue`."""

    LONGAGGREGATEVALUE = "LongAggregateValue"

    def __str__(self) -> str:
        return str(self.value)
