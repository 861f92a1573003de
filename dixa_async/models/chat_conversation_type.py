from enum import StrEnum


class ChatConversationType(StrEnum):
    CHATCONVERSATION = "ChatConversation"

    def __str__(self) -> str:
        return str(self.value)
