from enum import StrEnum


class AnonymizedConversationType(StrEnum):
    """Variant tag; always `AnonymizedConversation`."""

    ANONYMIZEDCONVERSATION = "AnonymizedConversation"

    def __str__(self) -> str:
        return str(self.value)
