from enum import StrEnum


class ContactFormAttributesType(StrEnum):
    CONTACTFORMATTRIBUTES = "ContactFormAttributes"

    def __str__(self) -> str:
        return str(self.value)
