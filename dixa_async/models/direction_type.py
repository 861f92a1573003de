from enum import StrEnum


class DirectionType(StrEnum):
    DIRECTION = "Direction"

    def __str__(self) -> str:
        return str(self.value)
