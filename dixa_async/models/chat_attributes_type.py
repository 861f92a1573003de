from enum import StrEnum


class ChatAttributesType(StrEnum):
    """Variant tag; always `ChatAttributes`."""

    CHATATTRIBUTES = "ChatAttributes"

    def __str__(self) -> str:
        return str(self.value)
