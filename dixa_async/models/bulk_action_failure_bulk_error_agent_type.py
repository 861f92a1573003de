from enum import StrEnum


class BulkActionFailureBulkErrorAgentType(StrEnum):
    BULKACTIONFAILURE = "BulkActionFailure"

    def __str__(self) -> str:
        return str(self.value)
