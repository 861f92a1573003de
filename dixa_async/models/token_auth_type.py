from enum import StrEnum


class TokenAuthType(StrEnum):
    TOKENAUTH = "TokenAuth"

    def __str__(self) -> str:
        return str(self.value)
