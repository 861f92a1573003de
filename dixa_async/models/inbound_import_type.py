from enum import StrEnum


class InboundImportType(StrEnum):
    """Variant tag; always `InboundImport`."""

    INBOUNDIMPORT = "InboundImport"

    def __str__(self) -> str:
        return str(self.value)
