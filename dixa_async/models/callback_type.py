from enum import StrEnum


class CallbackType(StrEnum):
    CALLBACK = "Callback"

    def __str__(self) -> str:
        return str(self.value)
