from enum import StrEnum


class EmailEndpointType(StrEnum):
    EMAILENDPOINT = "EmailEndpoint"

    def __str__(self) -> str:
        return str(self.value)
