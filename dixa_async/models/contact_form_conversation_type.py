from enum import StrEnum


class ContactFormConversationType(StrEnum):
    CONTACTFORMCONVERSATION = "ContactFormConversation"

    def __str__(self) -> str:
        return str(self.value)
