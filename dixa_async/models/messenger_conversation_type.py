from enum import StrEnum


class MessengerConversationType(StrEnum):
    """Variant tag; always `MessengerConversation`."""

    MESSENGERCONVERSATION = "MessengerConversation"

    def __str__(self) -> str:
        return str(self.value)
