from enum import StrEnum


class EmptyPatchSetType(StrEnum):
    """Variant tag; always `EmptyPatchSet`."""

    EMPTYPATCHSET = "EmptyPatchSet"

    def __str__(self) -> str:
        return str(self.value)
