from enum import StrEnum


class LongerThanOrEqualToType(StrEnum):
    LONGERTHANOREQUALTO = "LongerThanOrEqualTo"

    def __str__(self) -> str:
        return str(self.value)
