from enum import StrEnum


class LastActivityType(StrEnum):
    LASTACTIVITY = "LastActivity"

    def __str__(self) -> str:
        return str(self.value)
