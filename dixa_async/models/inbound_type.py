from enum import StrEnum


class InboundType(StrEnum):
    INBOUND = "Inbound"

    def __str__(self) -> str:
        return str(self.value)
