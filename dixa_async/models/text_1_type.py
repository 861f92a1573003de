from enum import StrEnum


class Text1Type(StrEnum):
    TEXT = "Text"

    def __str__(self) -> str:
        return str(self.value)
