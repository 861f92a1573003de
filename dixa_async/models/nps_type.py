from enum import StrEnum


class NpsType(StrEnum):
    NPS = "Nps"

    def __str__(self) -> str:
        return str(self.value)
