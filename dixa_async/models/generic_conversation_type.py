from enum import StrEnum


class GenericConversationType(StrEnum):
    """Variant tag; always `GenericConversation`."""

    GENERICCONVERSATION = "GenericConversation"

    def __str__(self) -> str:
        return str(self.value)
