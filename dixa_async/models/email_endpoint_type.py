from enum import StrEnum


class EmailEndpointType(StrEnum):
    """Variant tag; always `EmailEndpoint`."""

    EMAILENDPOINT = "EmailEndpoint"

    def __str__(self) -> str:
        return str(self.value)
