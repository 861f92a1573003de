"""Old public names kept for one release after a rename: importing one still works and warns
(`DeprecationWarning`) with the new name. Each package lists its aliases in one place."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping

__all__ = ["deprecated_aliases"]


def deprecated_aliases(
    module: str, aliases: Mapping[str, tuple[str, object]]
) -> Callable[[str], object]:
    """A module `__getattr__` serving `aliases` (old name -> (new path, object)) with a
    `DeprecationWarning`; any other unknown name is an AttributeError as usual."""

    def __getattr__(name: str) -> object:
        if name in aliases:
            new, value = aliases[name]
            warnings.warn(
                f"{module}.{name} is deprecated and will be removed in the next release: use {new}",
                DeprecationWarning,
                stacklevel=2,
            )
            return value
        raise AttributeError(f"module {module!r} has no attribute {name!r}")

    return __getattr__
