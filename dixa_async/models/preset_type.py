from enum import StrEnum


class PresetType(StrEnum):
    PRESET = "Preset"

    def __str__(self) -> str:
        return str(self.value)
