from enum import StrEnum


class FacebookMessengerAttributesType(StrEnum):
    """Variant tag; always `FacebookMessengerAttributes`."""

    FACEBOOKMESSENGERATTRIBUTES = "FacebookMessengerAttributes"

    def __str__(self) -> str:
        return str(self.value)
