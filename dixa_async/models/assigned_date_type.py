from enum import StrEnum


class AssignedDateType(StrEnum):
    """Variant tag; always `AssignedDate`."""

    ASSIGNEDDATE = "AssignedDate"

    def __str__(self) -> str:
        return str(self.value)
