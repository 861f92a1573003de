from enum import StrEnum


class GenericConversationImportType(StrEnum):
    GENERICCONVERSATIONIMPORT = "GenericConversationImport"

    def __str__(self) -> str:
        return str(self.value)
