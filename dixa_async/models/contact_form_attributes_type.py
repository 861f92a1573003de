from enum import StrEnum


class ContactFormAttributesType(StrEnum):
    """Variant tag; always `ContactFormAttributes`."""

    CONTACTFORMATTRIBUTES = "ContactFormAttributes"

    def __str__(self) -> str:
        return str(self.value)
