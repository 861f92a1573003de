from enum import StrEnum


class TagRemovedAttributeType(StrEnum):
    TAGREMOVEDATTRIBUTE = "TagRemovedAttribute"

    def __str__(self) -> str:
        return str(self.value)
