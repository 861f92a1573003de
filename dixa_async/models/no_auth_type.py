from enum import StrEnum


class NoAuthType(StrEnum):
    NOAUTH = "NoAuth"

    def __str__(self) -> str:
        return str(self.value)
