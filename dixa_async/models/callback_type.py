from enum import StrEnum


class CallbackType(StrEnum):
    """Variant tag; always `Callback`."""

    CALLBACK = "Callback"

    def __str__(self) -> str:
        return str(self.value)
