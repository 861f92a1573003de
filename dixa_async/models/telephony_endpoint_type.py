from enum import StrEnum


class TelephonyEndpointType(StrEnum):
    TELEPHONYENDPOINT = "TelephonyEndpoint"

    def __str__(self) -> str:
        return str(self.value)
