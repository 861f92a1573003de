from enum import StrEnum


class BasicAuthType(StrEnum):
    BASICAUTH = "BasicAuth"

    def __str__(self) -> str:
        return str(self.value)
