from enum import StrEnum


class QueueIdType(StrEnum):
    """Variant tag; always `QueueId`."""

    QUEUEID = "QueueId"

    def __str__(self) -> str:
        return str(self.value)
