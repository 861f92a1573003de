from enum import StrEnum


class GenericAttributesType(StrEnum):
    """Variant tag; always `GenericAttributes`."""

    GENERICATTRIBUTES = "GenericAttributes"

    def __str__(self) -> str:
        return str(self.value)
