from enum import StrEnum


class GenericConversationType(StrEnum):
    GENERICCONVERSATION = "GenericConversation"

    def __str__(self) -> str:
        return str(self.value)
