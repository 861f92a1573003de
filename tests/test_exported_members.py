"""Each public package says what it exports: an explicit `__all__`, sorted, complete (every
public name the package defines or re-exports is listed) and true (every listed name
resolves); renamed names still import for one release, with a warning. As httpx's
tests/test_exported_members.py, for every package a user imports."""

from __future__ import annotations
import __future__

import importlib
import pydoc
import re
import types
import warnings

import pytest

import dixa_async

PACKAGES = [
    "dixa_async",
    "dixa_async.bulk",
    "dixa_async.jobs",
    "dixa_async.limits",
    "dixa_async.search",
    "dixa_async.testing",
    "dixa_async.warehouse",
    "dixa_async.webhooks",
]


def _isort_key(name: str) -> tuple[int, str]:
    """The order ruff's RUF022 keeps: CONSTANTS, then Classes, then everything else."""
    if re.fullmatch(r"[A-Z][A-Z0-9_]*", name) and len(name) > 1:
        return (0, name)
    if name[0].isupper():
        return (1, name)
    return (2, name)


def _public_names(module: types.ModuleType) -> set[str]:
    return {
        name
        for name, value in vars(module).items()
        if not name.startswith("_")
        and not isinstance(value, types.ModuleType | __future__._Feature)
    }


@pytest.mark.parametrize("name", PACKAGES)
def test_all_is_explicit_sorted_and_without_repeats(name: str) -> None:
    module = importlib.import_module(name)
    exported = module.__dict__.get("__all__")
    assert isinstance(exported, list), f"{name} has no explicit __all__ list"
    assert exported == sorted(exported, key=_isort_key), f"{name}.__all__ is not sorted"
    assert len(set(exported)) == len(exported), f"{name}.__all__ repeats a name"


@pytest.mark.parametrize("name", PACKAGES)
def test_all_lists_every_public_name_and_every_name_resolves(name: str) -> None:
    module = importlib.import_module(name)
    exported = set(module.__all__)
    missing = sorted(_public_names(module) - exported)
    assert missing == [], f"{name} defines or re-exports public names not in __all__: {missing}"
    unresolved = [n for n in sorted(exported) if not hasattr(module, n)]
    assert unresolved == [], f"{name}.__all__ lists names that do not resolve: {unresolved}"


def test_star_import_dir_and_help_show_the_sdk() -> None:
    namespace: dict[str, object] = {}
    exec("from dixa_async import *", namespace)
    for name in ("DixaClient", "DixaError", "NotFoundError", "TokenPool", "RateLimit"):
        assert name in namespace
        assert name in dir(dixa_async)
    assert namespace["DixaClient"] is dixa_async.DixaClient
    assert isinstance(dixa_async.__version__, str)
    text = pydoc.render_doc(dixa_async, renderer=pydoc.plaintext)  # type: ignore[attr-defined]
    assert "DixaClient" in text
    assert "Dixa" in (dixa_async.__doc__ or "")
    assert "Bearer" not in (dixa_async.__doc__ or "")


def test_the_client_has_one_public_path() -> None:
    from dixa_async import DixaClient

    assert DixaClient.__module__.startswith("dixa_async.")
    # Re-exported, not re-defined: every public package names the same class.
    for name in PACKAGES:
        module = importlib.import_module(name)
        if "DixaClient" in module.__all__:
            assert module.DixaClient is DixaClient


RENAMED = [
    ("dixa_async.jobs", "Operation", "Task"),
    ("dixa_async.testing", "Operation", "LoggedRequest"),
    ("dixa_async.search", "Search", "SearchQuery"),
    ("dixa_async.warehouse", "ExportClient", "ConversationExportClient"),
    ("dixa_async.warehouse", "ExportsClient", "PeriodExportClient"),
]


@pytest.mark.parametrize(("package", "old", "new"), RENAMED)
def test_a_renamed_name_still_imports_with_a_warning_naming_the_new_one(
    package: str, old: str, new: str
) -> None:
    module = importlib.import_module(package)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        value = getattr(module, old)
    assert value is getattr(module, new)
    (warning,) = caught
    assert issubclass(warning.category, DeprecationWarning)
    assert f"{package}.{new}" in str(warning.message)
    assert old not in module.__all__
    with pytest.raises(AttributeError):
        _ = module.NoSuchName
