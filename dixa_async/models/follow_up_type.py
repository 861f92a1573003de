from enum import StrEnum


class FollowUpType(StrEnum):
    """Variant tag; always `FollowUp`."""

    FOLLOWUP = "FollowUp"

    def __str__(self) -> str:
        return str(self.value)
