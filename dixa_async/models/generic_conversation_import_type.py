from enum import StrEnum


class GenericConversationImportType(StrEnum):
    """Tag Dixa's import examples send; optional."""

    GENERICCONVERSATIONIMPORT = "GenericConversationImport"

    def __str__(self) -> str:
        return str(self.value)
