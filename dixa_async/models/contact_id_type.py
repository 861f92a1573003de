from enum import StrEnum


class ContactIdType(StrEnum):
    CONTACTID = "ContactId"

    def __str__(self) -> str:
        return str(self.value)
