from enum import StrEnum


class ThumbsUpOrDownType(StrEnum):
    """Variant tag; always `ThumbsUpOrDown`."""

    THUMBSUPORDOWN = "ThumbsUpOrDown"

    def __str__(self) -> str:
        return str(self.value)
