from enum import StrEnum


class SmsAttributesType(StrEnum):
    """Variant tag; always `SmsAttributes`."""

    SMSATTRIBUTES = "SmsAttributes"

    def __str__(self) -> str:
        return str(self.value)
