from enum import StrEnum


class ListFieldType(StrEnum):
    """Variant tag; always `ListField`."""

    LISTFIELD = "ListField"

    def __str__(self) -> str:
        return str(self.value)
