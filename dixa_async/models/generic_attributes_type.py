from enum import StrEnum


class GenericAttributesType(StrEnum):
    GENERICATTRIBUTES = "GenericAttributes"

    def __str__(self) -> str:
        return str(self.value)
