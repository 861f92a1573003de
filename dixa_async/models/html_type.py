from enum import StrEnum


class HtmlType(StrEnum):
    HTML = "Html"

    def __str__(self) -> str:
        return str(self.value)
