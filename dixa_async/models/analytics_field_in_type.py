from enum import StrEnum


class AnalyticsFieldInType(StrEnum):
    """Variant tag; always `IsOneOf`."""

    ISONEOF = "IsOneOf"

    def __str__(self) -> str:
        return str(self.value)
