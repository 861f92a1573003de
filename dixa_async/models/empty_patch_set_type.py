from enum import StrEnum


class EmptyPatchSetType(StrEnum):
    EMPTYPATCHSET = "EmptyPatchSet"

    def __str__(self) -> str:
        return str(self.value)
