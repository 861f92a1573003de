from enum import StrEnum


class EmailConversationType(StrEnum):
    """Variant tag; always `EmailConversation`."""

    EMAILCONVERSATION = "EmailConversation"

    def __str__(self) -> str:
        return str(self.value)
