from enum import StrEnum


class AttachmentsType(StrEnum):
    """Variant tag; always `Attachments`."""

    ATTACHMENTS = "Attachments"

    def __str__(self) -> str:
        return str(self.value)
