from enum import StrEnum


class NoRecentDeliveryType(StrEnum):
    NORECENTDELIVERY = "NoRecentDelivery"

    def __str__(self) -> str:
        return str(self.value)
