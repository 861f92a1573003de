from enum import StrEnum


class UUIDFieldType(StrEnum):
    UUIDFIELD = "UUIDField"

    def __str__(self) -> str:
        return str(self.value)
