from enum import StrEnum


class MarkdownType(StrEnum):
    """Variant tag; always `Markdown`."""

    MARKDOWN = "Markdown"

    def __str__(self) -> str:
        return str(self.value)
