from enum import StrEnum


class ConversationCustomAttributesUpdatedAttributeType(StrEnum):
    """Variant tag; always `ConversationCustomAttributesUpdatedAttribute`."""

    CONVERSATIONCUSTOMATTRIBUTESUPDATEDATTRIBUTE = (
        "ConversationCustomAttributesUpdatedAttribute"
    )

    def __str__(self) -> str:
        return str(self.value)
