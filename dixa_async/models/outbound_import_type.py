from enum import StrEnum


class OutboundImportType(StrEnum):
    """Variant tag; always `OutboundImport`."""

    OUTBOUNDIMPORT = "OutboundImport"

    def __str__(self) -> str:
        return str(self.value)
