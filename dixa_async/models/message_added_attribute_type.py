from enum import StrEnum


class MessageAddedAttributeType(StrEnum):
    MESSAGEADDEDATTRIBUTE = "MessageAddedAttribute"

    def __str__(self) -> str:
        return str(self.value)
