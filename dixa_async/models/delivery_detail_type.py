from enum import StrEnum


class DeliveryDetailType(StrEnum):
    DELIVERYDETAIL = "DeliveryDetail"

    def __str__(self) -> str:
        return str(self.value)
