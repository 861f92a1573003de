from enum import StrEnum


class SmsConversationType(StrEnum):
    SMSCONVERSATION = "SmsConversation"

    def __str__(self) -> str:
        return str(self.value)
