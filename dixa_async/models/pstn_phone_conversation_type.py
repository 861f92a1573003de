from enum import StrEnum


class PstnPhoneConversationType(StrEnum):
    """Variant tag; always `PstnPhoneConversation`."""

    PSTNPHONECONVERSATION = "PstnPhoneConversation"

    def __str__(self) -> str:
        return str(self.value)
