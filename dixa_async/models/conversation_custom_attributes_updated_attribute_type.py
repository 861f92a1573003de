from enum import StrEnum


class ConversationCustomAttributesUpdatedAttributeType(StrEnum):
    CONVERSATIONCUSTOMATTRIBUTESUPDATEDATTRIBUTE = (
        "ConversationCustomAttributesUpdatedAttribute"
    )

    def __str__(self) -> str:
        return str(self.value)
