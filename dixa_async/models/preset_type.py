from enum import StrEnum


class PresetType(StrEnum):
    """Variant tag; always `Preset`."""

    PRESET = "Preset"

    def __str__(self) -> str:
        return str(self.value)
