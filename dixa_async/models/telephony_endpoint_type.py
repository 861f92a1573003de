from enum import StrEnum


class TelephonyEndpointType(StrEnum):
    """Variant tag; always `TelephonyEndpoint`."""

    TELEPHONYENDPOINT = "TelephonyEndpoint"

    def __str__(self) -> str:
        return str(self.value)
