from enum import StrEnum


class QuickResponseType(StrEnum):
    """Variant tag; always `QuickResponse`."""

    QUICKRESPONSE = "QuickResponse"

    def __str__(self) -> str:
        return str(self.value)
