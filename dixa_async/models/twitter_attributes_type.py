from enum import StrEnum


class TwitterAttributesType(StrEnum):
    TWITTERATTRIBUTES = "TwitterAttributes"

    def __str__(self) -> str:
        return str(self.value)
