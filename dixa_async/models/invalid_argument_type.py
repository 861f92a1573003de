from enum import StrEnum


class InvalidArgumentType(StrEnum):
    INVALIDARGUMENT = "InvalidArgument"

    def __str__(self) -> str:
        return str(self.value)
