from enum import StrEnum


class ErrorResponseType(StrEnum):
    """Variant tag; always `ErrorResponse`."""

    ERRORRESPONSE = "ErrorResponse"

    def __str__(self) -> str:
        return str(self.value)
