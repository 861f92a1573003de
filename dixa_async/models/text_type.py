from enum import StrEnum


class TextType(StrEnum):
    """Variant tag; always `Text`."""

    TEXT = "Text"

    def __str__(self) -> str:
        return str(self.value)
