"""What to tell someone who runs the fake without the `testing` extra installed."""

from __future__ import annotations

__all__ = ["INSTALL_HINT", "is_missing_extra", "missing_extra_message"]

INSTALL_HINT = "pip install 'dixa-async[testing]'"
# The modules the `testing` extra brings in (pyproject.toml).
_EXTRA_MODULES = frozenset({"starlette", "uvicorn"})


def is_missing_extra(error: ModuleNotFoundError) -> bool:
    """True if `error` is about a module that the `testing` extra installs."""
    return (error.name or "").partition(".")[0] in _EXTRA_MODULES


def missing_extra_message(error: ModuleNotFoundError) -> str:
    """One line naming the missing module and the extra that provides it."""
    return f"the fake Dixa needs the testing extra ({error.name} is not installed): {INSTALL_HINT}"
