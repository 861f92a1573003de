from enum import StrEnum


class CustomAttributeFieldType(StrEnum):
    """Variant tag; always `CustomAttribute`."""

    CUSTOMATTRIBUTE = "CustomAttribute"

    def __str__(self) -> str:
        return str(self.value)
