from enum import StrEnum


class HtmlType(StrEnum):
    """Variant tag; always `Html`."""

    HTML = "Html"

    def __str__(self) -> str:
        return str(self.value)
