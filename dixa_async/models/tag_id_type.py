from enum import StrEnum


class TagIdType(StrEnum):
    TAGID = "TagId"

    def __str__(self) -> str:
        return str(self.value)
