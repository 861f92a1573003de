from enum import StrEnum


class DeliveryDetailType(StrEnum):
    """Variant tag; always `DeliveryDetail`."""

    DELIVERYDETAIL = "DeliveryDetail"

    def __str__(self) -> str:
        return str(self.value)
