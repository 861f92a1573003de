from enum import StrEnum


class Text2Type(StrEnum):
    TEXT = "Text"

    def __str__(self) -> str:
        return str(self.value)
