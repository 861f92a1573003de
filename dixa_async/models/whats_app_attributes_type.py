from enum import StrEnum


class WhatsAppAttributesType(StrEnum):
    """Variant tag; always `WhatsAppAttributes`."""

    WHATSAPPATTRIBUTES = "WhatsAppAttributes"

    def __str__(self) -> str:
        return str(self.value)
