from enum import StrEnum


class TextType(StrEnum):
    TEXT = "Text"

    def __str__(self) -> str:
        return str(self.value)
