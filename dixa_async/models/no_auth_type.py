from enum import StrEnum


class NoAuthType(StrEnum):
    """Variant tag; always `NoAuth`."""

    NOAUTH = "NoAuth"

    def __str__(self) -> str:
        return str(self.value)
