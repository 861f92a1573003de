from enum import StrEnum


class ChatAttributesType(StrEnum):
    CHATATTRIBUTES = "ChatAttributes"

    def __str__(self) -> str:
        return str(self.value)
