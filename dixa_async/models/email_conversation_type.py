from enum import StrEnum


class EmailConversationType(StrEnum):
    EMAILCONVERSATION = "EmailConversation"

    def __str__(self) -> str:
        return str(self.value)
