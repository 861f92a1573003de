from enum import StrEnum


class LongerThanOrEqualToType(StrEnum):
    """Variant tag; always `LongerThanOrEqualTo`."""

    LONGERTHANOREQUALTO = "LongerThanOrEqualTo"

    def __str__(self) -> str:
        return str(self.value)
