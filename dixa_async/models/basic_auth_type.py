from enum import StrEnum


class BasicAuthType(StrEnum):
    """Variant tag; always `BasicAuth`."""

    BASICAUTH = "BasicAuth"

    def __str__(self) -> str:
        return str(self.value)
