from enum import StrEnum


class UUIDFieldType(StrEnum):
    """Variant tag; always `UUIDField`."""

    UUIDFIELD = "UUIDField"

    def __str__(self) -> str:
        return str(self.value)
