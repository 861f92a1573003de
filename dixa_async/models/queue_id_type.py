from enum import StrEnum


class QueueIdType(StrEnum):
    QUEUEID = "QueueId"

    def __str__(self) -> str:
        return str(self.value)
