from enum import StrEnum


class SideConversationType(StrEnum):
    SIDECONVERSATION = "SideConversation"

    def __str__(self) -> str:
        return str(self.value)
