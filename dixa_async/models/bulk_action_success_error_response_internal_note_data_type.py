from enum import StrEnum


class BulkActionSuccessErrorResponseInternalNoteDataType(StrEnum):
    BULKACTIONSUCCESS = "BulkActionSuccess"

    def __str__(self) -> str:
        return str(self.value)
