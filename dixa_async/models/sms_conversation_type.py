from enum import StrEnum


class SmsConversationType(StrEnum):
    """Variant tag; always `SmsConversation`."""

    SMSCONVERSATION = "SmsConversation"

    def __str__(self) -> str:
        return str(self.value)
