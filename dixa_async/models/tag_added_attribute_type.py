from enum import StrEnum


class TagAddedAttributeType(StrEnum):
    TAGADDEDATTRIBUTE = "TagAddedAttribute"

    def __str__(self) -> str:
        return str(self.value)
