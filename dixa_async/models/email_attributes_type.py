from enum import StrEnum


class EmailAttributesType(StrEnum):
    EMAILATTRIBUTES = "EmailAttributes"

    def __str__(self) -> str:
        return str(self.value)
