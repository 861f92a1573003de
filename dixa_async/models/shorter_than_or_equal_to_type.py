from enum import StrEnum


class ShorterThanOrEqualToType(StrEnum):
    """Variant tag; always `ShorterThanOrEqualTo`."""

    SHORTERTHANOREQUALTO = "ShorterThanOrEqualTo"

    def __str__(self) -> str:
        return str(self.value)
