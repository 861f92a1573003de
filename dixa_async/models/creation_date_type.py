from enum import StrEnum


class CreationDateType(StrEnum):
    CREATIONDATE = "CreationDate"

    def __str__(self) -> str:
        return str(self.value)
