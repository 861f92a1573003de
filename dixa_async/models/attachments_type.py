from enum import StrEnum


class AttachmentsType(StrEnum):
    ATTACHMENTS = "Attachments"

    def __str__(self) -> str:
        return str(self.value)
