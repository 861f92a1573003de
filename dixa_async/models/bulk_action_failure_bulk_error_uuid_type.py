from enum import StrEnum


class BulkActionFailureBulkErrorUUIDType(StrEnum):
    BULKACTIONFAILURE = "BulkActionFailure"

    def __str__(self) -> str:
        return str(self.value)
