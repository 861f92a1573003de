from enum import StrEnum


class ListFieldType(StrEnum):
    LISTFIELD = "ListField"

    def __str__(self) -> str:
        return str(self.value)
