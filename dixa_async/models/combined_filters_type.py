from enum import StrEnum


class CombinedFiltersType(StrEnum):
    """Variant tag; always `CombinedFilters`."""

    COMBINEDFILTERS = "CombinedFilters"

    def __str__(self) -> str:
        return str(self.value)
