from enum import StrEnum


class LastActivityType(StrEnum):
    """Variant tag; always `LastActivity`."""

    LASTACTIVITY = "LastActivity"

    def __str__(self) -> str:
        return str(self.value)
