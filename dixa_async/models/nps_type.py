from enum import StrEnum


class NpsType(StrEnum):
    """Variant tag; always `Nps`."""

    NPS = "Nps"

    def __str__(self) -> str:
        return str(self.value)
