from enum import StrEnum


class Text2Type(StrEnum):
    """Variant tag; always `Text`."""

    TEXT = "Text"

    def __str__(self) -> str:
        return str(self.value)
