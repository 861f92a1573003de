from enum import StrEnum


class MessengerFormAttributesType(StrEnum):
    MESSENGERFORMATTRIBUTES = "MessengerFormAttributes"

    def __str__(self) -> str:
        return str(self.value)
