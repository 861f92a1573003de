from enum import StrEnum


class AssignedDateType(StrEnum):
    ASSIGNEDDATE = "AssignedDate"

    def __str__(self) -> str:
        return str(self.value)
