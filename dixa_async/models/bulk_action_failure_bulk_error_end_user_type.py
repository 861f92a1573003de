from enum import StrEnum


class BulkActionFailureBulkErrorEndUserType(StrEnum):
    BULKACTIONFAILURE = "BulkActionFailure"

    def __str__(self) -> str:
        return str(self.value)
