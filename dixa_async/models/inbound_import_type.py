from enum import StrEnum


class InboundImportType(StrEnum):
    INBOUNDIMPORT = "InboundImport"

    def __str__(self) -> str:
        return str(self.value)
