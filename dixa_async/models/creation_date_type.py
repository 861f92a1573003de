from enum import StrEnum


class CreationDateType(StrEnum):
    """Variant tag; always `CreationDate`."""

    CREATIONDATE = "CreationDate"

    def __str__(self) -> str:
        return str(self.value)
