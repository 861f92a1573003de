from enum import StrEnum


class TwitterAttributesType(StrEnum):
    """Variant tag; always `TwitterAttributes`."""

    TWITTERATTRIBUTES = "TwitterAttributes"

    def __str__(self) -> str:
        return str(self.value)
