from enum import StrEnum


class FacebookMessengerConversationType(StrEnum):
    """Variant tag; always `FacebookMessengerConversation`."""

    FACEBOOKMESSENGERCONVERSATION = "FacebookMessengerConversation"

    def __str__(self) -> str:
        return str(self.value)
