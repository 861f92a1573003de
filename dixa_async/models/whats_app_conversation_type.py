from enum import StrEnum


class WhatsAppConversationType(StrEnum):
    WHATSAPPCONVERSATION = "WhatsAppConversation"

    def __str__(self) -> str:
        return str(self.value)
