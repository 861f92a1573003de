from enum import StrEnum


class ChatType(StrEnum):
    CHAT = "Chat"

    def __str__(self) -> str:
        return str(self.value)
