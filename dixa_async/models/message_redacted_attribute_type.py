from enum import StrEnum


class MessageRedactedAttributeType(StrEnum):
    """Variant tag; always `MessageRedactedAttribute`."""

    MESSAGEREDACTEDATTRIBUTE = "MessageRedactedAttribute"

    def __str__(self) -> str:
        return str(self.value)
