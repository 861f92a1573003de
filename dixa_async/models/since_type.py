from enum import StrEnum


class SinceType(StrEnum):
    """Variant tag; always `Since`."""

    SINCE = "Since"

    def __str__(self) -> str:
        return str(self.value)
