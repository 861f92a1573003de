from enum import StrEnum


class ClosedDateType(StrEnum):
    CLOSEDDATE = "ClosedDate"

    def __str__(self) -> str:
        return str(self.value)
