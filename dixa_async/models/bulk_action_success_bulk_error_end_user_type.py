from enum import StrEnum


class BulkActionSuccessBulkErrorEndUserType(StrEnum):
    """Variant tag; always `BulkActionSuccess`."""

    BULKACTIONSUCCESS = "BulkActionSuccess"

    def __str__(self) -> str:
        return str(self.value)
