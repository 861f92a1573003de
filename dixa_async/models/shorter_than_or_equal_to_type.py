from enum import StrEnum


class ShorterThanOrEqualToType(StrEnum):
    SHORTERTHANOREQUALTO = "ShorterThanOrEqualTo"

    def __str__(self) -> str:
        return str(self.value)
