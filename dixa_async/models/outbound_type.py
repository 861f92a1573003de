from enum import StrEnum


class OutboundType(StrEnum):
    OUTBOUND = "Outbound"

    def __str__(self) -> str:
        return str(self.value)
