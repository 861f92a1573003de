from enum import StrEnum


class TagAddedAttributeType(StrEnum):
    """Variant tag; always `TagAddedAttribute`."""

    TAGADDEDATTRIBUTE = "TagAddedAttribute"

    def __str__(self) -> str:
        return str(self.value)
