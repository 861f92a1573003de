from enum import StrEnum


class TagRemovedAttributeType(StrEnum):
    """Variant tag; always `TagRemovedAttribute`."""

    TAGREMOVEDATTRIBUTE = "TagRemovedAttribute"

    def __str__(self) -> str:
        return str(self.value)
