from enum import StrEnum


class InboundType(StrEnum):
    """Variant tag; always `Inbound`."""

    INBOUND = "Inbound"

    def __str__(self) -> str:
        return str(self.value)
