from enum import StrEnum


class BusinessHourRegularType(StrEnum):
    REGULAR = "Regular"

    def __str__(self) -> str:
        return str(self.value)
