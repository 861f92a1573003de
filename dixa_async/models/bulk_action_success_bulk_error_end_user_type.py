from enum import StrEnum


class BulkActionSuccessBulkErrorEndUserType(StrEnum):
    BULKACTIONSUCCESS = "BulkActionSuccess"

    def __str__(self) -> str:
        return str(self.value)
