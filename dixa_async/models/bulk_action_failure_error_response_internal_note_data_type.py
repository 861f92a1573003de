from enum import StrEnum


class BulkActionFailureErrorResponseInternalNoteDataType(StrEnum):
    """Variant tag; always `BulkActionFailure`."""

    BULKACTIONFAILURE = "BulkActionFailure"

    def __str__(self) -> str:
        return str(self.value)
