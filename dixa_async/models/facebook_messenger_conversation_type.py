from enum import StrEnum


class FacebookMessengerConversationType(StrEnum):
    FACEBOOKMESSENGERCONVERSATION = "FacebookMessengerConversation"

    def __str__(self) -> str:
        return str(self.value)
