from enum import StrEnum


class Between1Type(StrEnum):
    BETWEEN = "Between"

    def __str__(self) -> str:
        return str(self.value)
