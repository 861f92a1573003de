from enum import StrEnum


class EmailAutoReplyType(StrEnum):
    """Variant tag; always `EmailAutoReply`."""

    EMAILAUTOREPLY = "EmailAutoReply"

    def __str__(self) -> str:
        return str(self.value)
