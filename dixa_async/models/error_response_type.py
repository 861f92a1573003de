from enum import StrEnum


class ErrorResponseType(StrEnum):
    ERRORRESPONSE = "ErrorResponse"

    def __str__(self) -> str:
        return str(self.value)
