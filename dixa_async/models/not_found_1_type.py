from enum import StrEnum


class NotFound1Type(StrEnum):
    """Variant tag; always `NotFound`."""

    NOTFOUND = "NotFound"

    def __str__(self) -> str:
        return str(self.value)
