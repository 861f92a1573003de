from enum import StrEnum


class MessengerConversationType(StrEnum):
    MESSENGERCONVERSATION = "MessengerConversation"

    def __str__(self) -> str:
        return str(self.value)
