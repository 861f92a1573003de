from enum import StrEnum


class MarkdownType(StrEnum):
    MARKDOWN = "Markdown"

    def __str__(self) -> str:
        return str(self.value)
