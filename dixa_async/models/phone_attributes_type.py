from enum import StrEnum


class PhoneAttributesType(StrEnum):
    """Variant tag; always `PhoneAttributes`."""

    PHONEATTRIBUTES = "PhoneAttributes"

    def __str__(self) -> str:
        return str(self.value)
