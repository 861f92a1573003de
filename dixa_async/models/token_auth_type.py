from enum import StrEnum


class TokenAuthType(StrEnum):
    """Variant tag; always `TokenAuth`."""

    TOKENAUTH = "TokenAuth"

    def __str__(self) -> str:
        return str(self.value)
