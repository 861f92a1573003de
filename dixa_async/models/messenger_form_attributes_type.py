from enum import StrEnum


class MessengerFormAttributesType(StrEnum):
    """Variant tag; always `MessengerFormAttributes`."""

    MESSENGERFORMATTRIBUTES = "MessengerFormAttributes"

    def __str__(self) -> str:
        return str(self.value)
