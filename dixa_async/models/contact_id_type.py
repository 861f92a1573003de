from enum import StrEnum


class ContactIdType(StrEnum):
    """Variant tag; always `ContactId`."""

    CONTACTID = "ContactId"

    def __str__(self) -> str:
        return str(self.value)
