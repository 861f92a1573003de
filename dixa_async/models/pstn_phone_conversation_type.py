from enum import StrEnum


class PstnPhoneConversationType(StrEnum):
    PSTNPHONECONVERSATION = "PstnPhoneConversation"

    def __str__(self) -> str:
        return str(self.value)
