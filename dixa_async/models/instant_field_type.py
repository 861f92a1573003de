from enum import StrEnum


class InstantFieldType(StrEnum):
    """Variant tag; always `InstantField`."""

    INSTANTFIELD = "InstantField"

    def __str__(self) -> str:
        return str(self.value)
