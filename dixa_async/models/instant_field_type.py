from enum import StrEnum


class InstantFieldType(StrEnum):
    INSTANTFIELD = "InstantField"

    def __str__(self) -> str:
        return str(self.value)
