from enum import StrEnum


class NoRecentDeliveryType(StrEnum):
    """Variant tag; always `NoRecentDelivery`."""

    NORECENTDELIVERY = "NoRecentDelivery"

    def __str__(self) -> str:
        return str(self.value)
