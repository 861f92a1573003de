from enum import StrEnum


class OutboundImportType(StrEnum):
    OUTBOUNDIMPORT = "OutboundImport"

    def __str__(self) -> str:
        return str(self.value)
