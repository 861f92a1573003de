from enum import StrEnum


class WhatsAppAttributesType(StrEnum):
    WHATSAPPATTRIBUTES = "WhatsAppAttributes"

    def __str__(self) -> str:
        return str(self.value)
