from enum import StrEnum


class OutboundType(StrEnum):
    """Variant tag; always `Outbound`."""

    OUTBOUND = "Outbound"

    def __str__(self) -> str:
        return str(self.value)
