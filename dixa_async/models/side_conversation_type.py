from enum import StrEnum


class SideConversationType(StrEnum):
    """Variant tag; always `SideConversation`."""

    SIDECONVERSATION = "SideConversation"

    def __str__(self) -> str:
        return str(self.value)
