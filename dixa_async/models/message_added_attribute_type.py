from enum import StrEnum


class MessageAddedAttributeType(StrEnum):
    """Variant tag; always `MessageAddedAttribute`."""

    MESSAGEADDEDATTRIBUTE = "MessageAddedAttribute"

    def __str__(self) -> str:
        return str(self.value)
