from enum import StrEnum


class SmsType(StrEnum):
    """Variant tag; always `Sms`."""

    SMS = "Sms"

    def __str__(self) -> str:
        return str(self.value)
