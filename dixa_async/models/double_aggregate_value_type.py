from enum import StrEnum


class DoubleAggregateValueType(StrEnum):
    """Variant tag; always `DoubleAggregateValue`."""

    DOUBLEAGGREGATEVALUE = "DoubleAggregateValue"

    def __str__(self) -> str:
        return str(self.value)
