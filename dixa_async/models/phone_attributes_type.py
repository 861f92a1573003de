from enum import StrEnum


class PhoneAttributesType(StrEnum):
    PHONEATTRIBUTES = "PhoneAttributes"

    def __str__(self) -> str:
        return str(self.value)
