from enum import StrEnum


class BulkActionSuccessBulkErrorAgentType(StrEnum):
    BULKACTIONSUCCESS = "BulkActionSuccess"

    def __str__(self) -> str:
        return str(self.value)
