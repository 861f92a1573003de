from enum import StrEnum


class FollowUpType(StrEnum):
    FOLLOWUP = "FollowUp"

    def __str__(self) -> str:
        return str(self.value)
