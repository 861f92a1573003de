from enum import StrEnum


class CombinedFiltersType(StrEnum):
    COMBINEDFILTERS = "CombinedFilters"

    def __str__(self) -> str:
        return str(self.value)
