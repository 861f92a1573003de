from enum import StrEnum


class SmsType(StrEnum):
    SMS = "Sms"

    def __str__(self) -> str:
        return str(self.value)
