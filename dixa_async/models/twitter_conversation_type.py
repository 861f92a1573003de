from enum import StrEnum


class TwitterConversationType(StrEnum):
    """Variant tag; always `TwitterConversation`."""

    TWITTERCONVERSATION = "TwitterConversation"

    def __str__(self) -> str:
        return str(self.value)
