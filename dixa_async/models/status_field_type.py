from enum import StrEnum


class StatusFieldType(StrEnum):
    """Variant tag; always `Status`."""

    STATUS = "Status"

    def __str__(self) -> str:
        return str(self.value)
