from enum import StrEnum


class WhatsAppConversationType(StrEnum):
    """Variant tag; always `WhatsAppConversation`."""

    WHATSAPPCONVERSATION = "WhatsAppConversation"

    def __str__(self) -> str:
        return str(self.value)
