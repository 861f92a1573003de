from enum import StrEnum


class Status1Type(StrEnum):
    STATUS = "Status"

    def __str__(self) -> str:
        return str(self.value)
