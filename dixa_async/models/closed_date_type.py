from enum import StrEnum


class ClosedDateType(StrEnum):
    """Variant tag; always `ClosedDate`."""

    CLOSEDDATE = "ClosedDate"

    def __str__(self) -> str:
        return str(self.value)
