from enum import StrEnum


class AnonymizedConversationType(StrEnum):
    ANONYMIZEDCONVERSATION = "AnonymizedConversation"

    def __str__(self) -> str:
        return str(self.value)
