from enum import StrEnum


class BulkActionFailureErrorResponseInternalNoteDataType(StrEnum):
    BULKACTIONFAILURE = "BulkActionFailure"

    def __str__(self) -> str:
        return str(self.value)
