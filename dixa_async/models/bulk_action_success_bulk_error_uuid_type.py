from enum import StrEnum


class BulkActionSuccessBulkErrorUUIDType(StrEnum):
    BULKACTIONSUCCESS = "BulkActionSuccess"

    def __str__(self) -> str:
        return str(self.value)
