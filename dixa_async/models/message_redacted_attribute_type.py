from enum import StrEnum


class MessageRedactedAttributeType(StrEnum):
    MESSAGEREDACTEDATTRIBUTE = "MessageRedactedAttribute"

    def __str__(self) -> str:
        return str(self.value)
