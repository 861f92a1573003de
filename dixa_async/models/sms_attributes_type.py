from enum import StrEnum


class SmsAttributesType(StrEnum):
    SMSATTRIBUTES = "SmsAttributes"

    def __str__(self) -> str:
        return str(self.value)
