from enum import StrEnum


class ThumbsUpOrDownType(StrEnum):
    THUMBSUPORDOWN = "ThumbsUpOrDown"

    def __str__(self) -> str:
        return str(self.value)
