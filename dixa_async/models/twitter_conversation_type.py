from enum import StrEnum


class TwitterConversationType(StrEnum):
    TWITTERCONVERSATION = "TwitterConversation"

    def __str__(self) -> str:
        return str(self.value)
