from enum import StrEnum


class ContactFormConversationType(StrEnum):
    """Variant tag; always `ContactFormConversation`."""

    CONTACTFORMCONVERSATION = "ContactFormConversation"

    def __str__(self) -> str:
        return str(self.value)
