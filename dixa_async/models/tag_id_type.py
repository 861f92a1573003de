from enum import StrEnum


class TagIdType(StrEnum):
    """Variant tag; always `TagId`."""

    TAGID = "TagId"

    def __str__(self) -> str:
        return str(self.value)
