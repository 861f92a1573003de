from enum import StrEnum


class FacebookMessengerAttributesType(StrEnum):
    FACEBOOKMESSENGERATTRIBUTES = "FacebookMessengerAttributes"

    def __str__(self) -> str:
        return str(self.value)
